package ma.mocharaka.portal.forums;

/** What happened at the door; the staff page says each in the staff member's language. */
public enum CheckInOutcome {
    CHECKED_IN,
    ALREADY_CHECKED_IN,
    UNKNOWN_REGISTRATION
}
