package ma.mocharaka.portal.forums;

/** What happened when a citizen asked for a place; each refusal has its own message for the citizen. */
public enum RegistrationOutcome {
    REGISTERED,
    ALREADY_REGISTERED,
    FULL,
    CLOSED
}
