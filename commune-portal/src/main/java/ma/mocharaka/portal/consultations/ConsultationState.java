package ma.mocharaka.portal.consultations;

/** Where a consultation stands, worked out from its dates and recorded outcomes rather than stored. */
public enum ConsultationState {
    UPCOMING,
    OPEN,
    CLOSED,
    SYNTHESISED,
    APPROVED
}
