package ma.mocharaka.portal.bodies;

/** An opinion's way from the body's draft to publication, derived from the dates recorded on it. */
public enum OpinionStage {
    DRAFTED,
    SUBMITTED,
    ANSWERED,
    PUBLISHED
}
