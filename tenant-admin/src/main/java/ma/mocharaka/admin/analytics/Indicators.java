package ma.mocharaka.admin.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * The indicator definitions (platform.analytics_indicator), read once: they change only with a changeset.
 */
@Component
public class Indicators {

    private final JdbcClient jdbc;
    private volatile List<Indicator> all;

    Indicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Indicator> all() {
        List<Indicator> loaded = all;
        if (loaded == null) {
            loaded = jdbc.sql("""
                    SELECT code, position, theme, formula, numerator, denominator, stock, unit, target,
                           label_ar, label_fr, label_zgh, label_en,
                           definition_ar, definition_fr, definition_zgh, definition_en
                    FROM platform.analytics_indicator ORDER BY position""")
                    .query((rs, row) -> new Indicator(rs.getString("code"), rs.getInt("position"),
                            rs.getString("theme"), Indicator.Formula.valueOf(rs.getString("formula")),
                            rs.getString("numerator"), rs.getString("denominator"), rs.getBoolean("stock"),
                            rs.getString("unit"),
                            rs.getString("target") == null ? null
                                    : Indicator.InclusionGroup.valueOf(rs.getString("target")),
                            LocalizedText.of(rs.getString("label_ar"), rs.getString("label_fr"),
                                    rs.getString("label_zgh"), rs.getString("label_en")),
                            LocalizedText.of(rs.getString("definition_ar"), rs.getString("definition_fr"),
                                    rs.getString("definition_zgh"), rs.getString("definition_en"))))
                    .list();
            all = loaded;
        }
        return loaded;
    }

    public Optional<Indicator> find(String code) {
        return all().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** The indicators with the given codes, in definition order; unknown codes are ignored. */
    public List<Indicator> select(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return all();
        }
        Set<String> wanted = Set.copyOf(codes);
        return all().stream().filter(i -> wanted.contains(i.code())).toList();
    }

    public List<String> themes() {
        return all().stream().map(Indicator::theme).distinct().toList();
    }

    public Map<String, List<Indicator>> byTheme() {
        return all().stream().collect(Collectors.groupingBy(Indicator::theme, LinkedHashMap::new, Collectors.toList()));
    }

    /** Fact codes read as stocks (accumulated to a period's end). */
    public Set<String> stockFacts() {
        return all().stream().filter(Indicator::stock).flatMap(i -> i.factCodes().stream()).collect(Collectors.toSet());
    }

    /** Fact codes whose dimension is a number to take a median over, not a breakdown to add up. */
    public Set<String> histogramFacts() {
        return all().stream().filter(i -> i.formula() == Indicator.Formula.MEDIAN).map(Indicator::numerator)
                .collect(Collectors.toSet());
    }
}
