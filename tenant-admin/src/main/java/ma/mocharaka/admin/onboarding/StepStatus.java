package ma.mocharaka.admin.onboarding;

import java.time.LocalDate;

/**
 * Where a commune stands on one step. LATE is never typed or stored: a step is late when it is neither done nor
 * blocked and the day it was due has passed.
 */
public enum StepStatus {
    PLANNED, IN_PROGRESS, DONE, LATE, BLOCKED;

    /** The statuses a person may report; LATE is left to the calendar. */
    public static final java.util.List<StepStatus> REPORTABLE = java.util.List.of(PLANNED, IN_PROGRESS, DONE, BLOCKED);

    public static StepStatus effective(StepStatus reported, LocalDate dueOn, LocalDate today) {
        if (reported == DONE || reported == BLOCKED || dueOn == null) {
            return reported;
        }
        return dueOn.isBefore(today) ? LATE : reported;
    }
}
