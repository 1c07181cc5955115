package ma.mocharaka.admin.onboarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * One step of a program's template as one commune lives it. A step nobody has reported yet is PLANNED with no
 * dates. It is due on its planned date, or by the end of its program when no date was planned.
 */
public record OnboardingStep(
        long templateId,
        String programCode,
        LocalizedText programName,
        int position,
        String code,
        LocalizedText name,
        long communeId,
        String communeSlug,
        StepStatus reported,
        LocalDate plannedOn,
        LocalDate actualOn,
        String achievement,
        Review review,
        String reviewComment,
        String reportedBy,
        OffsetDateTime reportedAt,
        String reviewedBy,
        OffsetDateTime reviewedAt,
        LocalDate programEndsOn) {

    public LocalDate dueOn() {
        return plannedOn != null ? plannedOn : programEndsOn;
    }

    public StepStatus status(LocalDate today) {
        return StepStatus.effective(reported, dueOn(), today);
    }

    /** What the audit trail keeps as the state before and after a change. */
    public String auditState() {
        return "status=" + reported + ", planned=" + plannedOn + ", actual=" + actualOn + ", review=" + review
                + (reviewComment == null ? "" : ", comment=" + reviewComment)
                + (achievement == null ? "" : ", achievement=" + achievement);
    }
}
