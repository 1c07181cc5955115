package ma.mocharaka.admin.milestones;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A milestone as typed in the console or sent to the API. {@code program} is the program's code and only matters
 * for a commune's milestone (a program's own milestone takes the program from its address).
 */
public record MilestoneForm(
        String program,
        @NotBlank @Size(max = 300) String titleAr,
        @NotBlank @Size(max = 300) String titleFr,
        @Size(max = 300) String titleZgh,
        @Size(max = 300) String titleEn,
        LocalDate plannedOn,
        LocalDate actualOn) {

    static MilestoneForm of(Milestone milestone) {
        return new MilestoneForm(milestone.programCode(), milestone.titleAr(), milestone.titleFr(),
                milestone.titleZgh(), milestone.titleEn(), milestone.plannedOn(), milestone.actualOn());
    }

    static MilestoneForm empty(String program) {
        return new MilestoneForm(program, null, null, null, null, null, null);
    }
}
