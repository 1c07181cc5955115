package ma.mocharaka.portal.delegates;

/** What became of a vote; each refusal is explained to the voter in their language. */
public enum BallotOutcome {
    CAST,
    ALREADY_VOTED,
    NOT_OPEN,
    NOT_AN_ATTENDEE,
    UNKNOWN_CANDIDATE
}
