package ma.mocharaka.admin.milestones;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * A dated milestone of a program, or of one commune within a program when {@code communeSlug} is set. Its status
 * is never stored: done once it has an actual date, late when its planned date has passed without one.
 */
public record Milestone(
        long id,
        String programCode,
        LocalizedText programName,
        String communeSlug,
        LocalizedText title,
        String titleAr,
        String titleFr,
        String titleZgh,
        String titleEn,
        LocalDate plannedOn,
        LocalDate actualOn) {

    public enum Status { UPCOMING, DONE, LATE }

    public Status status(LocalDate today) {
        if (actualOn != null) {
            return Status.DONE;
        }
        return plannedOn != null && plannedOn.isBefore(today) ? Status.LATE : Status.UPCOMING;
    }

    public boolean isProgramLevel() {
        return communeSlug == null;
    }

    /** Days between plan and achievement (positive: done after the plan); null when either date is missing. */
    public Long delayDays() {
        return plannedOn == null || actualOn == null ? null : ChronoUnit.DAYS.between(plannedOn, actualOn);
    }

    /** The state the audit trail keeps before and after a change. */
    public String auditState() {
        return "program=" + programCode + ", commune=" + (communeSlug == null ? "-" : communeSlug)
                + ", title_ar=" + titleAr + ", title_fr=" + titleFr + ", title_zgh=" + titleZgh
                + ", title_en=" + titleEn + ", planned=" + plannedOn + ", actual=" + actualOn;
    }
}
