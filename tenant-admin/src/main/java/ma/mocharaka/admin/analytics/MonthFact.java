package ma.mocharaka.admin.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One row of a {@code <module>_monthly_fact} view, or of the program office's own facts for a commune. */
public record MonthFact(String indicator, String dimension, YearMonth month, BigDecimal amount) {
}
