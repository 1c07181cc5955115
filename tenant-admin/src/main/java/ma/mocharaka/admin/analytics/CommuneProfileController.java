package ma.mocharaka.admin.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * One commune's indicators with their trends: the period, the period before, the quarters of its year, and the
 * months of a chosen indicator against the program's mean. Program staff see every commune; a commune admin only
 * theirs (AdminSecurity); the commune comes from the path through the tenancy filter.
 */
@Controller
class CommuneProfileController {

    private final Comparison comparison;
    private final Indicators indicators;
    private final JsonMapper json;

    CommuneProfileController(Comparison comparison, Indicators indicators, JsonMapper json) {
        this.comparison = comparison;
        this.indicators = indicators;
        this.json = json;
    }

    /** The profile's rows: an indicator, its value, the previous period's, and its quarters. */
    public record Line(Indicator indicator, BigDecimal value, BigDecimal previous, BigDecimal target,
                       List<BigDecimal> quarters) {

        public String trend() {
            if (value == null || previous == null) {
                return "none";
            }
            return switch (value.compareTo(previous)) {
                case 1 -> "up";
                case -1 -> "down";
                default -> "same";
            };
        }
    }

    @GetMapping("/communes/{slug}/analytics")
    String profile(@RequestParam(required = false) String period, @RequestParam(required = false) String indicator,
                   Model model, Locale locale) {
        Commune commune = CurrentCommune.require();
        AnalyticsQuery query = new AnalyticsQuery(period, null, null, null, null, null, null, null, null, null);
        Period current = query.periodOr(comparison.defaultPeriod());
        List<String> only = List.of(commune.slug());
        Comparison.Row now = single(current, only, locale);
        Comparison.Row before = single(current.previous(), only, locale);
        List<Comparison.Row> quarters = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            quarters.add(single(new Period(Period.Kind.QUARTER, YearMonth.of(current.first().getYear(), 1 + 3 * q)), only, locale));
        }
        List<Line> lines = new ArrayList<>();
        for (Indicator i : indicators.all()) {
            lines.add(new Line(i, now.value(i.code()), before.value(i.code()), now.commune().target(i),
                    quarters.stream().map(r -> r.value(i.code())).toList()));
        }
        Indicator chosen = indicators.find(indicator).orElse(indicators.all().getFirst());
        List<Comparison.Point> points = comparison.series(now.commune(), chosen,
                new Period(Period.Kind.YEAR, YearMonth.of(current.first().getYear(), 1)));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", points.stream().map(p -> p.month().toString()).toList());
        chart.put("commune", points.stream().map(Comparison.Point::commune).toList());
        chart.put("programMean", points.stream().map(Comparison.Point::programMean).toList());
        chart.put("communeLabel", now.commune().name(locale));
        chart.put("indicator", chosen.label(locale));

        Map<String, BigDecimal> scoreByService = indicators.find("surveys.score")
                .map(score -> comparison.byDimension(now.commune(), score, current)).orElse(Map.of());

        model.addAttribute("commune", now.commune());
        model.addAttribute("query", query);
        model.addAttribute("period", current);
        model.addAttribute("previousPeriod", current.previous());
        model.addAttribute("periodMalformed", query.periodMalformed());
        model.addAttribute("lines", lines);
        model.addAttribute("chosen", chosen);
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("points", points);
        model.addAttribute("seriesJson", json.writeValueAsString(chart).replace("<", "\\u003c"));
        model.addAttribute("scoreByService", scoreByService);
        model.addAttribute("year", current.first().getYear());
        return "analytics/profile";
    }

    private Comparison.Row single(Period period, List<String> only, Locale locale) {
        List<Comparison.Row> rows = comparison.compare(CommuneSelection.only(only), period, indicators.all(), "name",
                Comparison.Direction.ASC, locale);
        if (rows.isEmpty()) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return rows.getFirst();
    }
}
