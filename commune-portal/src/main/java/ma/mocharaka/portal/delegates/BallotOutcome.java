package ma.mocharaka.portal.delegates;

/** What became of a vote; each refusal is explained to the voter in their language. */
public enum BallotOutcome {
    CAST,
    ALREADY_VOTED,
    NOT_OPEN,
    NOT_AN_ATTENDEE,
    UNKNOWN_CANDIDATE,
    /** A vote recorded by staff for a walk-in: the door number is not someone admitted without an account. */
    UNKNOWN_DOOR_NUMBER
}
