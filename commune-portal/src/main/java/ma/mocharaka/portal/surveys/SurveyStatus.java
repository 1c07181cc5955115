package ma.mocharaka.portal.surveys;

/** What staff decided; the phase a reader sees also depends on the dates (see {@link SurveyPhase}). */
enum SurveyStatus {
    DRAFT,
    LAUNCHED,
    CLOSED
}
