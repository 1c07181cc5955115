package ma.mocharaka.portal.consultations;

/** What became of a staff correction to a published consultation; refusals are explained in the staff's language. */
public enum RevisionOutcome {
    DONE,
    /** The draft, its sections and its window are corrected only before it opens. */
    NOT_UPCOMING,
    /** Once open, only the summary and the closing day move, and only while it is open. */
    NOT_OPEN,
    /** An upcoming consultation cannot be moved to open in the past: citizens would have missed days. */
    OPENS_IN_THE_PAST,
    /** The window cannot be shortened to a day already gone. */
    CLOSES_IN_THE_PAST
}
