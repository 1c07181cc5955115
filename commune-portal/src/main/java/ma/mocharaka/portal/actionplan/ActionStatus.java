package ma.mocharaka.portal.actionplan;

public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DELAYED,
    CANCELLED
}
