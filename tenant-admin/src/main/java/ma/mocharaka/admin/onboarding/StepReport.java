package ma.mocharaka.admin.onboarding;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a focal point (or the office) reports on a step. */
public record StepReport(
        @NotNull StepStatus status,
        LocalDate plannedOn,
        LocalDate actualOn,
        @Size(max = 4000) String achievement) {
}
