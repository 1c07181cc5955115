package ma.mocharaka.portal.actionplan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A plan as the public page shows it, with the progress each bar draws. */
public record ActionPlanView(long id, Map<String, String> title, Map<String, String> summary, LocalDate approvedOn,
                             int averageProgress, List<Action> actions) {

    public record Action(long id, Map<String, String> title, Map<String, String> owner, LocalDate startsOn,
                         LocalDate endsOn, BigDecimal budgetMad, ActionStatus status, int progress,
                         List<Indicator> indicators) {

        public LocalizedText localizedTitle() {
            return new LocalizedText(title);
        }

        public LocalizedText localizedOwner() {
            return new LocalizedText(owner);
        }
    }

    public record Indicator(long id, Map<String, String> label, String unit, BigDecimal baseline, BigDecimal target,
                            BigDecimal currentValue, LocalDate measuredOn) {

        public LocalizedText localizedLabel() {
            return new LocalizedText(label);
        }

        /** How far from baseline to target the latest value is, 0 to 100; 0 before any measure. */
        public int percentOfTarget() {
            if (currentValue == null) {
                return 0;
            }
            BigDecimal span = target.subtract(baseline);
            BigDecimal done = currentValue.subtract(baseline);
            int percent = done.multiply(BigDecimal.valueOf(100)).divide(span, 0, RoundingMode.HALF_UP).intValue();
            return Math.max(0, Math.min(100, percent));
        }
    }

    public LocalizedText localizedTitle() {
        return new LocalizedText(title);
    }

    public LocalizedText localizedSummary() {
        return new LocalizedText(summary);
    }
}
