package ma.mocharaka.portal.information;

/**
 * What staff have recorded on a request. An implicit refusal is not a status anyone types: it is an open request
 * whose deadline has passed ({@link InformationClock#isImplicitRefusal}).
 */
public enum RequestStatus {
    RECEIVED, EXTENDED, ANSWERED, PARTLY_ANSWERED, REFUSED;

    public boolean isOpen() {
        return this == RECEIVED || this == EXTENDED;
    }

    /** The outcomes staff can record; a partial answer and a refusal name a ground of art. 7. */
    public boolean needsGround() {
        return this == PARTLY_ANSWERED || this == REFUSED;
    }
}
