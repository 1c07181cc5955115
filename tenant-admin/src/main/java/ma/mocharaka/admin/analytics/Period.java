package ma.mocharaka.admin.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month (2026-05), quarter (2026-Q2) or year (2026), as typed in a URL. Figures are rolled up for all
 * three, so a period is read with one indexed lookup.
 */
public record Period(Kind kind, YearMonth first) {

    public enum Kind {
        MONTH('M', 1), QUARTER('Q', 3), YEAR('Y', 12);

        final char code;
        final int months;

        Kind(char code, int months) {
            this.code = code;
            this.months = months;
        }

        public String code() {
            return String.valueOf(code);
        }

        YearMonth startOf(YearMonth month) {
            return switch (this) {
                case MONTH -> month;
                case QUARTER -> YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 1);
                case YEAR -> YearMonth.of(month.getYear(), 1);
            };
        }
    }

    private static final Pattern SHAPE = Pattern.compile("^(\\d{4})(?:-(?:Q([1-4])|(0[1-9]|1[0-2])))?$");

    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            return Optional.of(new Period(Kind.QUARTER, YearMonth.of(year, (Integer.parseInt(m.group(2)) - 1) * 3 + 1)));
        }
        if (m.group(3) != null) {
            return Optional.of(new Period(Kind.MONTH, YearMonth.of(year, Integer.parseInt(m.group(3)))));
        }
        return Optional.of(new Period(Kind.YEAR, YearMonth.of(year, 1)));
    }

    public static Period of(Kind kind, YearMonth month) {
        return new Period(kind, kind.startOf(month));
    }

    public static Period currentYear(LocalDate today) {
        return new Period(Kind.YEAR, YearMonth.of(today.getYear(), 1));
    }

    public YearMonth last() {
        return first.plusMonths(kind.months - 1L);
    }

    public LocalDate start() {
        return first.atDay(1);
    }

    public Period previous() {
        return new Period(kind, first.minusMonths(kind.months));
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> first.toString();
            case QUARTER -> first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
            case YEAR -> String.valueOf(first.getYear());
        };
    }
}
