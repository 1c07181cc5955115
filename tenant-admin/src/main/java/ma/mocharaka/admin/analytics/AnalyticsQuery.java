package ma.mocharaka.admin.analytics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.mocharaka.admin.programs.Enrolment;

/**
 * What a comparison view was asked for, as typed in its URL. Every field is optional and read leniently: an unknown
 * value is ignored (and a malformed period reported), so a shared link never ends in an error page.
 */
public record AnalyticsQuery(String period, String program, String cohort, String region, String province,
                             String kind, String population, String theme, String sort, String dir) {

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
