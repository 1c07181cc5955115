package ma.mocharaka.admin.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes an indicator's value for one commune and period from the summed facts. {@code null} is "no data": the
 * mechanism recorded nothing in the period (no fact of its module at all), a share has no base, or the population
 * is unknown. A count is 0 only when the module recorded something else in the period.
 */
final class IndicatorValue {

    /** A fact code's amount in the period, its amount accumulated to the period's end, and, for histograms, the counts per value. */
    static final class Fact {
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal cumulative;
        final Map<BigDecimal, BigDecimal> histogram = new TreeMap<>();

        void add(String dimension, BigDecimal amount, BigDecimal cumulative, boolean histogramFact) {
            this.amount = this.amount.add(amount);
            if (cumulative != null) {
                this.cumulative = this.cumulative == null ? cumulative : this.cumulative.add(cumulative);
            }
            if (histogramFact) {
                try {
                    histogram.merge(new BigDecimal(dimension), amount, BigDecimal::add);
                } catch (NumberFormatException e) {
                    // A histogram's dimension is a number by contract; anything else cannot be placed on the scale.
                }
            }
        }
    }

    private IndicatorValue() {
    }

    static BigDecimal of(Indicator indicator, Map<String, Fact> facts, Integer population) {
        boolean recorded = facts.keySet().stream().anyMatch(code -> code.startsWith(indicator.theme() + "."));
        BigDecimal numerator = read(indicator, facts.get(indicator.numerator()), recorded);
        BigDecimal denominator = indicator.denominator() == null ? null
                : read(indicator, facts.get(indicator.denominator()), recorded);
        return switch (indicator.formula()) {
            case COUNT -> numerator == null ? null : whole(numerator);
            case SHARE -> denominator == null || denominator.signum() == 0 || numerator == null ? null
                    : numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP);
            case MEAN -> denominator == null || denominator.signum() == 0 || numerator == null ? null
                    : numerator.divide(denominator, 1, RoundingMode.HALF_UP);
            case PER_1000 -> numerator == null || population == null || population <= 0 ? null
                    : numerator.multiply(BigDecimal.valueOf(1000)).divide(BigDecimal.valueOf(population), 2,
                    RoundingMode.HALF_UP);
            case MEDIAN -> median(facts.get(indicator.numerator()));
        };
    }

    /** Counts are stored as numeric(18, 4); shown as the integers they are. */
    private static BigDecimal whole(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal read(Indicator indicator, Fact fact, boolean recorded) {
        if (fact == null) {
            return recorded ? BigDecimal.ZERO : null;
        }
        BigDecimal value = indicator.stock() ? fact.cumulative : fact.amount;
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The exact median of a histogram: the middle value, or the mean of the two middle values. */
    static BigDecimal median(Fact fact) {
        if (fact == null || fact.histogram.isEmpty()) {
            return null;
        }
        List<Map.Entry<BigDecimal, BigDecimal>> entries = new ArrayList<>(fact.histogram.entrySet());
        long total = entries.stream().mapToLong(e -> e.getValue().longValue()).sum();
        if (total <= 0) {
            return null;
        }
        BigDecimal lower = valueAt(entries, (total + 1) / 2);
        BigDecimal upper = valueAt(entries, total / 2 + 1);
        return lower.add(upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal valueAt(List<Map.Entry<BigDecimal, BigDecimal>> entries, long rank) {
        long seen = 0;
        for (Map.Entry<BigDecimal, BigDecimal> entry : entries) {
            seen += entry.getValue().longValue();
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return entries.getLast().getKey();
    }
}
