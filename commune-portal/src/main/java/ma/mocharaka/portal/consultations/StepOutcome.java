package ma.mocharaka.portal.consultations;

/** What became of a staff step on the consultation's way to approval. */
public enum StepOutcome {
    DONE,
    STILL_OPEN,
    ALREADY_DONE,
    DATE_OUT_OF_RANGE
}
