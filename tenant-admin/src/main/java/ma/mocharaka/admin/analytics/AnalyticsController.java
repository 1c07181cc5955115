package ma.mocharaka.admin.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import ma.mocharaka.admin.exports.TabularExport;
import ma.mocharaka.admin.programs.ProgramRepository;
import ma.mocharaka.platform.i18n.PlatformLanguage;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/**
 * The analysts' views: communes × indicators with filters and sorting, its exports, the charts and the side-by-side
 * comparison. Everything is read from the shared schema (see {@link Comparison}).
 */
@Controller
class AnalyticsController {

    static final int MIN_COMPARED = 2;
    static final int MAX_COMPARED = 5;

    private final Comparison comparison;
    private final Indicators indicators;
    private final ProgramRepository programs;
    private final CommuneRegistry registry;
    private final MessageSource messages;
    private final JsonMapper json;

    AnalyticsController(Comparison comparison, Indicators indicators, ProgramRepository programs,
                        CommuneRegistry registry, MessageSource messages, JsonMapper json) {
        this.comparison = comparison;
        this.indicators = indicators;
        this.programs = programs;
        this.registry = registry;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/analytics")
    String table(AnalyticsQuery asked, Model model, Locale locale) {
        AnalyticsQuery query = withinBounds(asked, model);
        List<Indicator> shown = query.shown(indicators);
        String sort = query.sortOrName(indicators);
        List<Comparison.Row> rows = comparison.compare(query.selection(), query.periodOr(comparison.defaultPeriod()), shown, sort,
                query.direction(), locale);
        filters(model, query);
        model.addAttribute("shown", shown);
        model.addAttribute("rows", rows);
        model.addAttribute("sort", sort);
        model.addAttribute("sortLinks", sortLinks(query, shown, sort));
        model.addAttribute("exportParams", exportQuery(query));
        return "analytics/table";
    }

    @GetMapping("/analytics/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, AnalyticsQuery asked, Locale locale) {
        AnalyticsQuery query = asked.withinBounds();
        List<Indicator> shown = query.shown(indicators);
        List<Comparison.Row> rows = comparison.compare(query.selection(), query.periodOr(comparison.defaultPeriod()), shown,
                query.sortOrName(indicators), query.direction(), locale);
        return tabular("analytics-" + query.periodOr(comparison.defaultPeriod()), shown, rows, locale).as(format);
    }

    @GetMapping("/analytics/charts")
    String charts(AnalyticsQuery asked, @RequestParam(required = false) String indicator,
                  @RequestParam(required = false) String commune, Model model, Locale locale) {
        AnalyticsQuery query = withinBounds(asked, model);
        Indicator chosen = indicators.find(indicator).orElse(indicators.all().getFirst());
        Period period = query.periodOr(comparison.defaultPeriod());
        List<Comparison.Row> rows = comparison.compare(query.selection(), period, indicators.all(), chosen.code(),
                Comparison.Direction.DESC, locale);
        filters(model, query);
        model.addAttribute("chosen", chosen);
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("rows", rows);
        List<Indicator> shares = indicators.all().stream().filter(i -> i.target() != null).toList();
        model.addAttribute("shares", shares);

        Map<String, Object> bars = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Comparison.Row row : rows) {
            if (row.value(chosen.code()) != null) {
                labels.add(row.commune().name(locale));
                values.add(row.value(chosen.code()));
            }
        }
        bars.put("labels", labels);
        bars.put("values", values);
        bars.put("label", chosen.label(locale));

        Map<String, Object> gaps = new LinkedHashMap<>();
        List<String> gapLabels = new ArrayList<>();
        List<Map<String, Object>> gapSets = new ArrayList<>();
        for (Indicator share : shares) {
            gapSets.add(new LinkedHashMap<>(Map.of("label", share.label(locale), "data", new ArrayList<BigDecimal>())));
        }
        for (Comparison.Row row : rows) {
            if (shares.stream().anyMatch(s -> row.gap(s) != null)) {
                gapLabels.add(row.commune().name(locale));
                for (int i = 0; i < shares.size(); i++) {
                    @SuppressWarnings("unchecked")
                    List<BigDecimal> data = (List<BigDecimal>) gapSets.get(i).get("data");
                    data.add(row.gap(shares.get(i)));
                }
            }
        }
        gaps.put("labels", gapLabels);
        gaps.put("datasets", gapSets);

        Comparison.CommuneInfo focus = rows.stream().map(Comparison.Row::commune)
                .filter(c -> c.slug().equals(commune)).findFirst()
                .orElse(rows.isEmpty() ? null : rows.getFirst().commune());
        model.addAttribute("focus", focus);
        if (focus != null) {
            Period year = new Period(Period.Kind.YEAR, java.time.YearMonth.of(period.first().getYear(), 1));
            List<Comparison.Point> points = comparison.series(focus, chosen, year);
            model.addAttribute("points", points);
            model.addAttribute("seriesJson", safeJson(seriesChart(focus, chosen, points, locale)));
        }
        model.addAttribute("barsJson", safeJson(bars));
        model.addAttribute("gapsJson", safeJson(gaps));
        model.addAttribute("communeChoices", rows.stream().map(Comparison.Row::commune).toList());
        return "analytics/charts";
    }

    @GetMapping("/analytics/compare")
    String compare(@RequestParam(name = "c", required = false) List<String> slugs,
                   @RequestParam(required = false) String period, Model model, Locale locale) {
        AnalyticsQuery query = new AnalyticsQuery(period, null, null, null, null, null, null, null, null, null);
        // An over-long value names no commune, and reading one more than may be compared is enough to refuse: ten
        // thousand values or a 100 kB one are refused without looking anything up.
        boolean overlong = slugs != null && slugs.stream().anyMatch(AnalyticsQuery::tooLong);
        List<String> chosen = slugs == null ? List.of() : slugs.stream()
                .filter(s -> s != null && !s.isBlank() && !AnalyticsQuery.tooLong(s))
                .distinct().limit(MAX_COMPARED + 1L).toList();
        model.addAttribute("query", query);
        model.addAttribute("period", query.periodOr(comparison.defaultPeriod()));
        model.addAttribute("periodMalformed", query.periodMalformed());
        model.addAttribute("allCommunes", comparison.communes(CommuneSelection.ALL));
        model.addAttribute("chosen", chosen);
        model.addAttribute("indicators", indicators.all());
        if (chosen.isEmpty() && !overlong) {
            return "analytics/compare";
        }
        if (overlong || chosen.size() < MIN_COMPARED || chosen.size() > MAX_COMPARED
                || !chosen.stream().allMatch(slug -> registry.resolve(slug).isPresent())) {
            model.addAttribute("error", messages.getMessage("analytics.compare.error",
                    new Object[] {MIN_COMPARED, MAX_COMPARED}, locale));
            return "analytics/compare";
        }
        List<Comparison.Row> found = comparison.compare(CommuneSelection.only(chosen), query.periodOr(comparison.defaultPeriod()),
                indicators.all(), "name", Comparison.Direction.ASC, locale);
        // In the order the analyst chose them.
        List<Comparison.Row> rows = chosen.stream()
                .flatMap(slug -> found.stream().filter(r -> r.commune().slug().equals(slug))).toList();
        model.addAttribute("rows", rows);
        return "analytics/compare";
    }

    @GetMapping("/analytics/compare/export.{format}")
    ResponseEntity<byte[]> exportCompared(@PathVariable String format,
                                          @RequestParam(name = "c", required = false) List<String> slugs,
                                          @RequestParam(required = false) String period, Locale locale) {
        List<String> chosen = slugs == null ? List.of()
                : slugs.stream().filter(s -> !AnalyticsQuery.tooLong(s)).distinct().limit(MAX_COMPARED).toList();
        AnalyticsQuery query = new AnalyticsQuery(period, null, null, null, null, null, null, null, null, null);
        List<Comparison.Row> rows = comparison.compare(CommuneSelection.only(chosen), query.periodOr(comparison.defaultPeriod()),
                indicators.all(), "name", Comparison.Direction.ASC, locale);
        return tabular("comparison-" + query.periodOr(comparison.defaultPeriod()), indicators.all(), rows, locale).as(format);
    }

    TabularExport tabular(String name, List<Indicator> shown, List<Comparison.Row> rows, Locale locale) {
        List<String> headers = new ArrayList<>(List.of(text("analytics.commune", locale), text("analytics.region", locale),
                text("analytics.province", locale), text("analytics.population", locale),
                text("analytics.program", locale)));
        for (Indicator indicator : shown) {
            headers.add(indicator.label(locale) + (indicator.isPercent() ? " (%)" : ""));
            if (indicator.target() != null) {
                headers.add(text("analytics.targetOf", locale, indicator.label(locale)) + " (%)");
            }
        }
        List<List<Object>> lines = new ArrayList<>();
        for (Comparison.Row row : rows) {
            List<Object> line = new ArrayList<>(List.of(row.commune().name(locale), row.commune().region(),
                    row.commune().province()));
            line.add(row.commune().population());
            line.add(row.commune().program());
            for (Indicator indicator : shown) {
                // No data stays an empty cell: 0 would claim something was counted.
                line.add(row.value(indicator.code()));
                if (indicator.target() != null) {
                    line.add(row.commune().target(indicator));
                }
            }
            lines.add(line);
        }
        return new TabularExport(name, headers, lines, PlatformLanguage.of(locale).direction().equals("rtl"));
    }

    /** The query without over-long values, and the notice saying they were ignored. */
    private static AnalyticsQuery withinBounds(AnalyticsQuery asked, Model model) {
        model.addAttribute("overlongIgnored", asked.overlong());
        model.addAttribute("maxFilterLength", AnalyticsQuery.MAX_VALUE_LENGTH);
        return asked.withinBounds();
    }

    private void filters(Model model, AnalyticsQuery query) {
        List<Commune> all = registry.findAll();
        model.addAttribute("query", query);
        model.addAttribute("period", query.periodOr(comparison.defaultPeriod()));
        model.addAttribute("periodMalformed", query.periodMalformed());
        model.addAttribute("programs", programs.findAll());
        model.addAttribute("regions", new TreeSet<>(all.stream().map(Commune::region).toList()));
        model.addAttribute("provinces", new TreeSet<>(all.stream().map(Commune::province).toList()));
        model.addAttribute("themes", indicators.themes());
        model.addAttribute("bands", PopulationBand.values());
    }

    private Map<String, String> sortLinks(AnalyticsQuery query, List<Indicator> shown, String sort) {
        Map<String, String> links = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(List.of("name"));
        shown.forEach(i -> keys.add(i.code()));
        for (String key : keys) {
            boolean descNext = key.equals(sort) && query.direction() == Comparison.Direction.ASC;
            UriComponentsBuilder link = UriComponentsBuilder.fromPath("/analytics");
            query.params().forEach((k, v) -> {
                if (!k.equals("sort") && !k.equals("dir")) {
                    link.queryParam(k, v);
                }
            });
            link.queryParam("sort", key).queryParam("dir", descNext ? "desc" : "asc");
            links.put(key, link.encode().build().toUriString());
        }
        return links;
    }

    private static String exportQuery(AnalyticsQuery query) {
        UriComponentsBuilder link = UriComponentsBuilder.newInstance();
        query.params().forEach(link::queryParam);
        return link.encode().build().toUriString();
    }

    private Map<String, Object> seriesChart(Comparison.CommuneInfo focus, Indicator indicator,
                                            List<Comparison.Point> points, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("labels", points.stream().map(p -> p.month().toString()).toList());
        chart.put("commune", points.stream().map(Comparison.Point::commune).toList());
        chart.put("programMean", points.stream().map(Comparison.Point::programMean).toList());
        chart.put("communeLabel", focus.name(locale));
        chart.put("meanLabel", text("analytics.programMean", locale));
        chart.put("indicator", indicator.label(locale));
        return chart;
    }

    private String safeJson(Object value) {
        // Inside a <script> element: "<" escaped so no name can close it.
        return json.writeValueAsString(value).replace("<", "\\u003c");
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
