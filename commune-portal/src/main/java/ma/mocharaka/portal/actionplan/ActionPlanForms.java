package ma.mocharaka.portal.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.i18n.LocalizedText;

/** What staff type to record an approved plan, add an action to it, or give an action an objective indicator. */
public final class ActionPlanForms {

    private ActionPlanForms() {
    }

    public record NewPlan(@Size(max = 300) String titleAr, @Size(max = 300) String titleFr,
                          @Size(max = 300) String titleZgh, @Size(max = 300) String titleEn,
                          @Size(max = 4000) String summaryAr, @Size(max = 4000) String summaryFr,
                          @Size(max = 4000) String summaryZgh, @Size(max = 4000) String summaryEn,
                          LocalDate approvedOn) {

        public static NewPlan empty() {
            return new NewPlan(null, null, null, null, null, null, null, null, null);
        }

        LocalizedText title() {
            return LocalizedText.of(titleAr, titleFr, titleZgh, titleEn);
        }

        @AssertTrue(message = "{actionPlan.error.title}")
        public boolean isTitled() {
            return !title().isEmpty();
        }

        ActionPlanDraft toDraft() {
            return new ActionPlanDraft(title(), LocalizedText.of(summaryAr, summaryFr, summaryZgh, summaryEn),
                    approvedOn, List.of());
        }
    }

    public record NewAction(@Size(max = 300) String titleAr, @Size(max = 300) String titleFr,
                            @Size(max = 300) String titleZgh, @Size(max = 300) String titleEn,
                            @Size(max = 200) String ownerAr, @Size(max = 200) String ownerFr,
                            @Size(max = 200) String ownerZgh, @Size(max = 200) String ownerEn,
                            LocalDate startsOn, LocalDate endsOn,
                            @DecimalMin(value = "0", message = "{actionPlan.error.budget}")
                            @DecimalMax(value = "999999999999.99", message = "{actionPlan.error.budget}") BigDecimal budgetMad,
                            @NotNull ActionStatus status,
                            @NotNull(message = "{actionPlan.error.progress}") @Min(value = 0, message = "{actionPlan.error.progress}")
                            @Max(value = 100, message = "{actionPlan.error.progress}") Integer progress) {

        public static NewAction empty() {
            return new NewAction(null, null, null, null, null, null, null, null, null, null, null,
                    ActionStatus.PLANNED, 0);
        }

        LocalizedText title() {
            return LocalizedText.of(titleAr, titleFr, titleZgh, titleEn);
        }

        @AssertTrue(message = "{actionPlan.error.title}")
        public boolean isTitled() {
            return !title().isEmpty();
        }

        @AssertTrue(message = "{actionPlan.error.schedule}")
        public boolean isScheduleInOrder() {
            return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
        }

        /** The schema's rule, said in the form: an action marked done is done entirely. */
        @AssertTrue(message = "{actionPlan.error.doneIsComplete}")
        public boolean isDoneComplete() {
            return status != ActionStatus.DONE || progress == null || progress == 100;
        }

        ActionPlanDraft.Action toDraft() {
            return new ActionPlanDraft.Action(title(), LocalizedText.of(ownerAr, ownerFr, ownerZgh, ownerEn), startsOn,
                    endsOn, budgetMad, status, progress, List.of());
        }
    }

    public record NewIndicator(@Size(max = 300) String labelAr, @Size(max = 300) String labelFr,
                               @Size(max = 300) String labelZgh, @Size(max = 300) String labelEn,
                               @NotBlank(message = "{actionPlan.error.unit}") @Size(max = 40) String unit,
                               @DecimalMin(value = "-999999999999.99", message = "{actionPlan.error.target}")
                               @DecimalMax(value = "999999999999.99", message = "{actionPlan.error.target}") BigDecimal baseline,
                               @NotNull(message = "{actionPlan.error.target}")
                               @DecimalMin(value = "-999999999999.99", message = "{actionPlan.error.target}")
                               @DecimalMax(value = "999999999999.99", message = "{actionPlan.error.target}") BigDecimal target) {

        public static NewIndicator empty() {
            return new NewIndicator(null, null, null, null, null, BigDecimal.ZERO, null);
        }

        LocalizedText label() {
            return LocalizedText.of(labelAr, labelFr, labelZgh, labelEn);
        }

        @AssertTrue(message = "{actionPlan.error.label}")
        public boolean isLabelled() {
            return !label().isEmpty();
        }

        @AssertTrue(message = "{actionPlan.error.targetIsBaseline}")
        public boolean isTargetAMove() {
            return target == null || target.compareTo(baseline == null ? BigDecimal.ZERO : baseline) != 0;
        }

        ActionPlanDraft.Indicator toDraft() {
            return new ActionPlanDraft.Indicator(label(), unit.strip(), baseline == null ? BigDecimal.ZERO : baseline, target);
        }
    }
}
