package ma.mocharaka.portal.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A plan as the commune records it after approval: its actions in order, each with its indicators. */
public record ActionPlanDraft(LocalizedText title, LocalizedText summary, LocalDate approvedOn, List<Action> actions) {

    public ActionPlanDraft {
        actions = List.copyOf(actions);
    }

    public record Action(LocalizedText title, LocalizedText owner, LocalDate startsOn, LocalDate endsOn,
                         BigDecimal budgetMad, ActionStatus status, int progress, List<Indicator> indicators) {

        public Action {
            indicators = List.copyOf(indicators);
            if (progress < 0 || progress > 100) {
                throw new IllegalArgumentException("Progress is a percentage");
            }
        }
    }

    public record Indicator(LocalizedText label, String unit, BigDecimal baseline, BigDecimal target) {
    }
}
