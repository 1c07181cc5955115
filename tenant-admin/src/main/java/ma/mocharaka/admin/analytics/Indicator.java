package ma.mocharaka.admin.analytics;

import java.util.List;
import java.util.Locale;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * An indicator analysts read, computed from one or two monthly fact codes (docs/analytics-facts.md). A stock
 * (onboarding progress, overdue petitions) is read as accumulated up to the period's end; a flow as summed over it.
 */
public record Indicator(String code, int position, String theme, Formula formula, String numerator,
                        String denominator, boolean stock, String unit, InclusionGroup target,
                        LocalizedText label, LocalizedText definition) {

    public enum Formula { COUNT, SHARE, PER_1000, MEAN, MEDIAN }

    /** The program's inclusion targets an indicator is compared with. */
    public enum InclusionGroup { WOMEN, YOUTH, DISABILITY }

    public List<String> factCodes() {
        return denominator == null ? List.of(numerator) : List.of(numerator, denominator);
    }

    public String label(Locale locale) {
        return label.in(locale);
    }

    public boolean isPercent() {
        return "percent".equals(unit);
    }
}
