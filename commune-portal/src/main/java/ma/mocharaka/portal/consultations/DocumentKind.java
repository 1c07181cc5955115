package ma.mocharaka.portal.consultations;

/** What the draft under consultation is; the charter and action plan are the ones the program asks every commune for. */
public enum DocumentKind {
    CHARTER,
    ACTION_PLAN,
    CHARTER_AND_ACTION_PLAN,
    OTHER
}
