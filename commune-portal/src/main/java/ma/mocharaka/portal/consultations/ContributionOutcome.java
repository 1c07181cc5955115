package ma.mocharaka.portal.consultations;

/** What became of a contribution or a support; each is told to the citizen in their language. */
public enum ContributionOutcome {
    SUBMITTED,
    SUPPORTED,
    ALREADY_SUPPORTED,
    OWN_CONTRIBUTION,
    NOT_SUPPORTABLE,
    NOT_OPEN
}
