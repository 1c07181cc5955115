package ma.mocharaka.admin.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Late" comes from the calendar, never from what was typed. */
class StepStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest(name = "{0} due {1} -> {2}")
    @CsvSource({
            "PLANNED, 2026-11-21, LATE",
            "IN_PROGRESS, 2026-11-21, LATE",
            "PLANNED, 2026-11-22, PLANNED",
            "IN_PROGRESS, 2026-12-01, IN_PROGRESS",
            "DONE, 2020-01-01, DONE",
            "BLOCKED, 2020-01-01, BLOCKED",
            "PLANNED, , PLANNED",
    })
    void lateIsComputedFromTheDueDate(StepStatus reported, LocalDate dueOn, StepStatus expected) {
        assertThat(StepStatus.effective(reported, dueOn, TODAY)).isEqualTo(expected);
    }
}
