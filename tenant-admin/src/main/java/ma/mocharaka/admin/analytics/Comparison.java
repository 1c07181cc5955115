package ma.mocharaka.admin.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ma.mocharaka.admin.programs.Enrolment;

/**
 * The figures of many communes on many indicators for one period, read from the shared schema only: one query for
 * the communes and their program, one indexed query for the facts. No commune schema is touched on a page view.
 */
@Component
public class Comparison {

    static final BigDecimal DEFAULT_WOMEN = new BigDecimal("33");
    static final BigDecimal DEFAULT_YOUTH = new BigDecimal("33");
    static final BigDecimal DEFAULT_DISABILITY = new BigDecimal("6.5");

    /** A commune as compared: where it is, its program (the filtered one, else its first) and that program's targets. */
    public record CommuneInfo(long id, String slug, String nameAr, String nameFr, String nameZgh, String nameEn,
                              String region, String province, Integer population, String kind, String program,
                              Enrolment.Cohort cohort, Map<Indicator.InclusionGroup, BigDecimal> targets) {

        public String name(Locale locale) {
            String localized = switch (locale == null ? "ar" : locale.getLanguage()) {
                case "fr" -> nameFr;
                case "zgh" -> nameZgh;
                case "en" -> nameEn;
                default -> nameAr;
            };
            return localized != null && !localized.isBlank() ? localized : ("ar".equals(locale == null ? "ar" : locale.getLanguage()) ? nameAr : nameFr);
        }

        public BigDecimal target(Indicator indicator) {
            return indicator.target() == null ? null : targets.get(indicator.target());
        }
    }

    /** One commune's values, by indicator code; a missing or null value is "no data". */
    public record Row(CommuneInfo commune, Map<String, BigDecimal> values) {

        public BigDecimal value(String code) {
            return values.get(code);
        }

        /** How far an inclusion share is from its target, in percentage points (negative: below). */
        public BigDecimal gap(Indicator indicator) {
            BigDecimal value = values.get(indicator.code());
            BigDecimal target = commune.target(indicator);
            return value == null || target == null ? null : value.subtract(target);
        }
    }

    public enum Direction { ASC, DESC }

    private final JdbcClient jdbc;
    private final tools.jackson.databind.json.JsonMapper json;
    private final java.time.Clock clock;

    Comparison(DataSource dataSource, tools.jackson.databind.json.JsonMapper json, java.time.Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.json = json;
        this.clock = clock;
    }

    public List<CommuneInfo> communes(CommuneSelection selection) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        params.put("program", selection.program());
        if (selection.program() != null) {
            where.append(" AND ep.code IS NOT NULL");
        }
        if (selection.cohort() != null) {
            where.append(" AND ep.cohort = :cohort");
            params.put("cohort", selection.cohort().name());
        }
        if (selection.region() != null) {
            where.append(" AND c.region = :region");
            params.put("region", selection.region());
        }
        if (selection.province() != null) {
            where.append(" AND c.province = :province");
            params.put("province", selection.province());
        }
        if (selection.kind() != null) {
            where.append(" AND c.kind = :kind");
            params.put("kind", selection.kind());
        }
        if (selection.population() != null) {
            where.append(" AND c.population >= :popFrom AND c.population < :popTo");
            params.put("popFrom", selection.population().from);
            params.put("popTo", selection.population().to);
        }
        if (!selection.slugs().isEmpty()) {
            where.append(" AND c.slug = ANY(:slugs)");
            params.put("slugs", selection.slugs().toArray(String[]::new));
        }
        return jdbc.sql("""
                        SELECT c.id, c.slug, c.name_ar, c.name_fr, c.name_zgh, c.name_en, c.region, c.province,
                               c.population, c.kind, ep.code, ep.cohort, ep.target_women_pct, ep.target_youth_pct,
                               ep.target_disability_pct
                        FROM platform.commune c
                        LEFT JOIN LATERAL (
                            SELECT p.code, e.cohort, p.target_women_pct, p.target_youth_pct, p.target_disability_pct
                            FROM platform.program_enrolment e JOIN platform.program p ON p.id = e.program_id
                            WHERE e.commune_id = c.id AND (CAST(:program AS text) IS NULL OR p.code = :program)
                            ORDER BY e.joined_on NULLS LAST, p.id LIMIT 1) ep ON true""" + where + " ORDER BY c.name_fr")
                .params(params)
                .query((rs, n) -> {
                    Map<Indicator.InclusionGroup, BigDecimal> targets = new java.util.EnumMap<>(Indicator.InclusionGroup.class);
                    targets.put(Indicator.InclusionGroup.WOMEN, orDefault(rs.getBigDecimal("target_women_pct"), DEFAULT_WOMEN));
                    targets.put(Indicator.InclusionGroup.YOUTH, orDefault(rs.getBigDecimal("target_youth_pct"), DEFAULT_YOUTH));
                    targets.put(Indicator.InclusionGroup.DISABILITY,
                            orDefault(rs.getBigDecimal("target_disability_pct"), DEFAULT_DISABILITY));
                    return new CommuneInfo(rs.getLong("id"), rs.getString("slug"), rs.getString("name_ar"),
                            rs.getString("name_fr"), rs.getString("name_zgh"), rs.getString("name_en"),
                            rs.getString("region"), rs.getString("province"), (Integer) rs.getObject("population"),
                            rs.getString("kind"), rs.getString("code"),
                            rs.getString("cohort") == null ? null : Enrolment.Cohort.valueOf(rs.getString("cohort")),
                            targets);
                })
                .list();
    }

    /** The communes selected, with their values for the given indicators in the period, sorted as asked. */
    public List<Row> compare(CommuneSelection selection, Period period, List<Indicator> shown, String sortBy,
                             Direction direction, Locale locale) {
        List<CommuneInfo> communes = communes(selection);
        Map<Long, Map<String, BigDecimal>> values = values(communes, period, selection.equals(CommuneSelection.ALL));
        List<Row> rows = new ArrayList<>(communes.size());
        for (CommuneInfo commune : communes) {
            Map<String, BigDecimal> own = values.getOrDefault(commune.id(), Map.of());
            Map<String, BigDecimal> shownValues = new LinkedHashMap<>();
            for (Indicator indicator : shown) {
                shownValues.put(indicator.code(), own.get(indicator.code()));
            }
            rows.add(new Row(commune, shownValues));
        }
        rows.sort(order(sortBy, direction, locale));
        return rows;
    }

    /** Month by month over the period: one commune's values and the mean of the program's communes that have one. */
    public record Point(YearMonth month, BigDecimal commune, BigDecimal programMean, int communesWithData) {
    }

    public List<Point> series(CommuneInfo commune, Indicator indicator, Period period) {
        List<CommuneInfo> communes = commune.program() == null ? List.of(commune)
                : communes(new CommuneSelection(commune.program(), null, null, null, null, null, List.of()));
        List<Point> points = new ArrayList<>();
        for (YearMonth month = period.first(); !month.isAfter(period.last()); month = month.plusMonths(1)) {
            Map<Long, Map<String, BigDecimal>> values = values(communes, new Period(Period.Kind.MONTH, month), false);
            BigDecimal own = values.getOrDefault(commune.id(), Map.of()).get(indicator.code());
            BigDecimal sum = BigDecimal.ZERO;
            int counted = 0;
            for (CommuneInfo peer : communes) {
                BigDecimal value = values.getOrDefault(peer.id(), Map.of()).get(indicator.code());
                if (value != null) {
                    sum = sum.add(value);
                    counted++;
                }
            }
            points.add(new Point(month, own, counted == 0 ? null
                    : sum.divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP), counted));
        }
        return points;
    }

    /** A mean (such as the satisfaction score) per value of its breakdown (such as the service), for one commune. */
    public Map<String, BigDecimal> byDimension(CommuneInfo commune, Indicator indicator, Period period) {
        Map<String, Map<String, IndicatorValue.Fact>> perDimension = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT indicator, dimension, amount, cumulative FROM platform.commune_indicator
                        WHERE commune_id = :id AND period_kind = :kind AND period_start = :start
                          AND indicator = ANY(:codes) AND dimension <> '' ORDER BY dimension""")
                .param("id", commune.id())
                .param("kind", period.kind().code())
                .param("start", Date.valueOf(period.start()))
                .param("codes", indicator.factCodes().toArray(String[]::new))
                .query(rs -> {
                    perDimension.computeIfAbsent(rs.getString("dimension"), d -> new HashMap<>())
                            .computeIfAbsent(rs.getString("indicator"), c -> new IndicatorValue.Fact())
                            .add(rs.getString("dimension"), rs.getBigDecimal("amount"), rs.getBigDecimal("cumulative"), false);
                });
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        perDimension.forEach((dimension, facts) ->
                values.put(dimension, IndicatorValue.of(indicator, facts, commune.population())));
        return values;
    }

    /**
     * The period a view opens on: the latest year, up to this one, in which something happened (a flow was
     * recorded); stocks are left out, as they run up to today whether anything happened this year or not.
     */
    public Period defaultPeriod() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return jdbc.sql("""
                        SELECT max(period_start) FROM platform.commune_indicator
                        WHERE period_kind = 'Y' AND period_start <= ? AND cumulative IS NULL""")
                .param(Date.valueOf(today))
                .query(Date.class).optional()
                .map(start -> new Period(Period.Kind.YEAR, YearMonth.from(start.toLocalDate())))
                .orElseGet(() -> Period.currentYear(today));
    }

    /** The values the roll-up computed, one row per commune of the period; a missing key is "no data". */
    private Map<Long, Map<String, BigDecimal>> values(List<CommuneInfo> communes, Period period, boolean allCommunes) {
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        if (communes.isEmpty()) {
            return values;
        }
        var spec = jdbc.sql("""
                        SELECT commune_id, CAST("values" AS text) AS figures FROM platform.commune_indicator_value
                        WHERE period_kind = :kind AND period_start = :start""" + (allCommunes ? "" : " AND commune_id = ANY(:ids)"))
                .param("kind", period.kind().code())
                .param("start", Date.valueOf(period.start()));
        if (!allCommunes) {
            spec = spec.param("ids", communes.stream().map(CommuneInfo::id).toArray(Long[]::new));
        }
        spec.query(rs -> {
            Map<String, BigDecimal> figures = new HashMap<>();
            json.readTree(rs.getString("figures")).properties()
                    .forEach(entry -> figures.put(entry.getKey(), entry.getValue().decimalValue()));
            values.put(rs.getLong("commune_id"), figures);
        });
        return values;
    }

    private static Comparator<Row> order(String sortBy, Direction direction, Locale locale) {
        Comparator<Row> byName = Comparator.comparing(row -> row.commune().name(locale));
        if (sortBy == null || sortBy.isBlank() || "name".equals(sortBy)) {
            return direction == Direction.DESC ? byName.reversed() : byName;
        }
        // No data sorts last whichever the direction: an absent figure is neither the best nor the worst.
        Comparator<BigDecimal> values = direction == Direction.DESC ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing((Row row) -> row.value(sortBy), Comparator.nullsLast(values)).thenComparing(byName);
    }

    private static BigDecimal orDefault(BigDecimal value, BigDecimal fallback) {
        BigDecimal chosen = (value == null ? fallback : value).stripTrailingZeros();
        return chosen.scale() < 0 ? chosen.setScale(0) : chosen;
    }
}
