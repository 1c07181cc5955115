package ma.mocharaka.admin.analytics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Indicators per commune and period, and their definitions, as JSON. Program staff read every commune; a commune
 * admin reads only their own commune's figures (AdminSecurity). A value of {@code null} means "no data".
 */
@RestController
@Tag(name = "Analytics", description = "Indicators comparing communes (aggregates only)")
class AnalyticsApiController {

    private final Comparison comparison;
    private final Indicators indicators;
    private final MessageSource messages;

    AnalyticsApiController(Comparison comparison, Indicators indicators, MessageSource messages) {
        this.comparison = comparison;
        this.indicators = indicators;
        this.messages = messages;
    }

    record Definition(String code, String theme, Indicator.Formula formula, String numerator, String denominator,
                      boolean stock, String unit, Indicator.InclusionGroup target, Map<String, String> label,
                      Map<String, String> definition) {
    }

    record CommuneFigures(String commune, String name, String region, String province, Integer population,
                          String program, Map<String, BigDecimal> values, Map<String, BigDecimal> targets) {
    }

    record Figures(String period, List<CommuneFigures> communes) {
    }

    @GetMapping("/api/analytics/indicators")
    @Operation(summary = "Definitions of the indicators", description = "Code, formula over monthly fact codes, unit, "
            + "inclusion target group and the label and definition in ar, fr, zgh and en.")
    List<Definition> definitions() {
        return indicators.all().stream().map(i -> new Definition(i.code(), i.theme(), i.formula(), i.numerator(),
                i.denominator(), i.stock(), i.unit(), i.target(), i.label().values(), i.definition().values())).toList();
    }

    @GetMapping("/api/analytics/communes")
    @Operation(summary = "Indicators of every commune for a period",
            description = "Filters as on the comparison page. Period: 2026, 2026-Q2 or 2026-05 (default: this year).")
    Figures communes(@Parameter(description = "2026, 2026-Q2 or 2026-05") @RequestParam(required = false) String period,
                     @RequestParam(required = false) String program, @RequestParam(required = false) String cohort,
                     @RequestParam(required = false) String region, @RequestParam(required = false) String province,
                     @Parameter(description = "URBAN or RURAL") @RequestParam(required = false) String kind,
                     @Parameter(description = "UNDER_10K, FROM_10K_TO_50K, FROM_50K_TO_200K, OVER_200K")
                     @RequestParam(required = false) String population,
                     @Parameter(description = "indicator codes (default: all)")
                     @RequestParam(name = "indicator", required = false) List<String> codes) {
        AnalyticsQuery query = new AnalyticsQuery(period, program, cohort, region, province, kind, population, null,
                null, null);
        // Nothing longer or more numerous than a real filter is read: refused before any work.
        if (query.overlong() || codes != null
                && (codes.size() > indicators.all().size() || codes.stream().anyMatch(AnalyticsQuery::tooLong))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, messages.getMessage("analytics.filter.tooLong",
                    new Object[] {AnalyticsQuery.MAX_VALUE_LENGTH}, LocaleContextHolder.getLocale()));
        }
        Period chosen = checked(query);
        List<Indicator> shown = indicators.select(codes);
        List<Comparison.Row> rows = comparison.compare(query.selection(), chosen, shown, "name",
                Comparison.Direction.ASC, Locale.FRENCH);
        return new Figures(chosen.toString(), rows.stream().map(row -> figures(row, shown)).toList());
    }

    @GetMapping("/api/communes/{slug}/indicators")
    @Operation(summary = "Indicators of one commune for a period",
            description = "Program staff, or the commune's own admin.")
    Figures commune(@RequestParam(required = false) String period) {
        AnalyticsQuery query = new AnalyticsQuery(period, null, null, null, null, null, null, null, null, null);
        Period chosen = checked(query);
        List<Comparison.Row> rows = comparison.compare(CommuneSelection.only(List.of(CurrentCommune.require().slug())),
                chosen, indicators.all(), "name", Comparison.Direction.ASC, Locale.FRENCH);
        return new Figures(chosen.toString(), rows.stream().map(row -> figures(row, indicators.all())).toList());
    }

    private Period checked(AnalyticsQuery query) {
        if (query.periodMalformed()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "period must look like 2026, 2026-Q2 or 2026-05");
        }
        return query.periodOr(comparison.defaultPeriod());
    }

    private static CommuneFigures figures(Comparison.Row row, List<Indicator> shown) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        for (Indicator i : shown) {
            values.put(i.code(), row.value(i.code()));
            if (i.target() != null) {
                targets.put(i.code(), row.commune().target(i));
            }
        }
        Comparison.CommuneInfo c = row.commune();
        return new CommuneFigures(c.slug(), c.nameFr(), c.region(), c.province(), c.population(), c.program(), values,
                targets);
    }
}
