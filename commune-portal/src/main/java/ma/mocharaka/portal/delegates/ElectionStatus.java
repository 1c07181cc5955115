package ma.mocharaka.portal.delegates;

public enum ElectionStatus {
    PREPARED,
    OPEN,
    CLOSED
}
