package ma.mocharaka.admin.analytics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import ma.mocharaka.admin.programs.Enrolment;

/**
 * What a comparison view was asked for, as typed in its URL. Every field is optional and read leniently: an unknown
 * value is ignored (and a malformed period reported), so a shared link never ends in an error page. A value longer
 * than any real one ({@link #MAX_VALUE_LENGTH}) is dropped before any work, and the page says so.
 */
public record AnalyticsQuery(String period, String program, String cohort, String region, String province,
                             String kind, String population, String theme, String sort, String dir) {

    /**
     * The longest filter value worth reading: region and province names are at most 120 characters (platform.commune),
     * codes and periods far less. A 100 kB value would otherwise be echoed into every sort link of the page.
     */
    public static final int MAX_VALUE_LENGTH = 120;

    /** Whether some value was longer than {@link #MAX_VALUE_LENGTH}, so {@link #withinBounds()} drops it. */
    public boolean overlong() {
        return Stream.of(period, program, cohort, region, province, kind, population, theme, sort, dir)
                .anyMatch(AnalyticsQuery::tooLong);
    }

    /** The same query without the values longer than {@link #MAX_VALUE_LENGTH}, as if they had not been given. */
    public AnalyticsQuery withinBounds() {
        return overlong() ? new AnalyticsQuery(bounded(period), bounded(program), bounded(cohort), bounded(region),
                bounded(province), bounded(kind), bounded(population), bounded(theme), bounded(sort), bounded(dir)) : this;
    }

    static boolean tooLong(String value) {
        return value != null && value.length() > MAX_VALUE_LENGTH;
    }

    private static String bounded(String value) {
        return tooLong(value) ? null : value;
    }

    /** The period asked for, or the given default when none (or a malformed one) was. */
    public Period periodOr(Period fallback) {
        return Period.parse(period).orElse(fallback);
    }

    public boolean periodMalformed() {
        return period != null && !period.isBlank() && Period.parse(period).isEmpty();
    }

    public CommuneSelection selection() {
        return new CommuneSelection(program, parse(Enrolment.Cohort.class, cohort), region, province, kind,
                parse(PopulationBand.class, population), List.of());
    }

    public Comparison.Direction direction() {
        return "desc".equalsIgnoreCase(dir) ? Comparison.Direction.DESC : Comparison.Direction.ASC;
    }

    public List<Indicator> shown(Indicators indicators) {
        if (theme == null || theme.isBlank() || !indicators.themes().contains(theme)) {
            return indicators.all();
        }
        return indicators.all().stream().filter(i -> i.theme().equals(theme)).toList();
    }

    public String sortOrName(Indicators indicators) {
        return sort != null && indicators.find(sort).isPresent() ? sort : "name";
    }

    /** The same query with another sort, for the column headers' links. */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "period", period);
        put(params, "program", program);
        put(params, "cohort", cohort);
        put(params, "region", region);
        put(params, "province", province);
        put(params, "kind", kind);
        put(params, "population", population);
        put(params, "theme", theme);
        put(params, "sort", sort);
        put(params, "dir", dir);
        return params;
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value != null && !value.isBlank()) {
            params.put(key, value);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
        return found.orElse(null);
    }
}
