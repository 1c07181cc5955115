package ma.mocharaka.portal.surveys;

/** Where a survey stands today: its status read against its window. */
public enum SurveyPhase {
    DRAFT,
    UPCOMING,
    OPEN,
    CLOSED
}
