package ma.mocharaka.admin.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns monthly facts into the rows the shared table keeps for months, quarters and years. A flow gets a row for
 * each period with data; a stock gets one for every period from its first fact to today, with the amount
 * accumulated to the period's end, so "steps done by the end of 2026-Q3" is one lookup too.
 */
final class PeriodRows {

    record Row(String indicator, String dimension, Period.Kind kind, YearMonth start, BigDecimal amount,
               BigDecimal cumulative) {
    }

    private PeriodRows() {
    }

    static List<Row> expand(List<MonthFact> facts, Set<String> stocks, YearMonth currentMonth) {
        Map<String, Map<String, TreeMap<YearMonth, BigDecimal>>> byCode = new TreeMap<>();
        for (MonthFact fact : facts) {
            byCode.computeIfAbsent(fact.indicator(), k -> new TreeMap<>())
                    .computeIfAbsent(fact.dimension(), k -> new TreeMap<>())
                    .merge(fact.month(), fact.amount(), BigDecimal::add);
        }
        List<Row> rows = new ArrayList<>();
        byCode.forEach((code, dimensions) -> dimensions.forEach((dimension, months) -> {
            boolean stock = stocks.contains(code);
            for (Period.Kind kind : Period.Kind.values()) {
                TreeMap<YearMonth, BigDecimal> perPeriod = new TreeMap<>();
                months.forEach((month, amount) -> perPeriod.merge(kind.startOf(month), amount, BigDecimal::add));
                if (!stock) {
                    perPeriod.forEach((start, amount) -> rows.add(new Row(code, dimension, kind, start, amount, null)));
                    continue;
                }
                YearMonth last = kind.startOf(months.lastKey().isAfter(currentMonth) ? months.lastKey() : currentMonth);
                BigDecimal running = BigDecimal.ZERO;
                for (YearMonth start = perPeriod.firstKey(); !start.isAfter(last); start = start.plusMonths(kind.months)) {
                    BigDecimal amount = perPeriod.getOrDefault(start, BigDecimal.ZERO);
                    running = running.add(amount);
                    rows.add(new Row(code, dimension, kind, start, amount, running));
                }
            }
        }));
        return rows;
    }
}
