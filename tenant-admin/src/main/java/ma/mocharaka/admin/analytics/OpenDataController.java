package ma.mocharaka.admin.analytics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ma.mocharaka.admin.exports.TabularExport;

/**
 * Open data, without login: the indicators per commune (aggregates only, the same figures analysts see) under the
 * Open Database License 1.0, and their definitions (docs/decisions/0105-open-data-licence.md). The CSV files use
 * stable codes as headers, so that scripts do not break when a label is reworded.
 */
@Controller
class OpenDataController {

    static final String LICENCE = "ODbL-1.0";
    static final String LICENCE_URL = "https://opendatacommons.org/licenses/odbl/1-0/";

    private final Comparison comparison;
    private final Indicators indicators;
    private final Clock clock;

    OpenDataController(Comparison comparison, Indicators indicators, Clock clock) {
        this.comparison = comparison;
        this.indicators = indicators;
        this.clock = clock;
    }

    @GetMapping("/open-data")
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) String theme,
                Model model, Locale locale) {
        AnalyticsQuery query = new AnalyticsQuery(period, null, null, null, null, null, null, theme, null, null);
        List<Indicator> shown = query.shown(indicators);
        if (theme == null || theme.isBlank()) {
            // The page shows one theme at a time so it stays readable on a phone; the CSV file has them all.
            shown = indicators.all().stream().filter(i -> i.theme().equals(indicators.themes().getFirst())).toList();
        }
        model.addAttribute("query", query);
        model.addAttribute("period", query.periodOr(comparison.defaultPeriod()));
        model.addAttribute("periodMalformed", query.periodMalformed());
        model.addAttribute("theme", shown.getFirst().theme());
        model.addAttribute("themes", indicators.themes());
        model.addAttribute("shown", shown);
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("rows", comparison.compare(CommuneSelection.ALL, query.periodOr(comparison.defaultPeriod()), shown, "name",
                Comparison.Direction.ASC, locale));
        model.addAttribute("licence", LICENCE);
        model.addAttribute("licenceUrl", LICENCE_URL);
        model.addAttribute("years", years());
        return "analytics/open-data";
    }

    @GetMapping("/open-data/indicators.csv")
    ResponseEntity<byte[]> indicatorsCsv(@RequestParam(required = false) String period,
                                         @RequestParam(name = "indicator", required = false) List<String> codes) {
        AnalyticsQuery query = new AnalyticsQuery(period, null, null, null, null, null, null, null, null, null);
        Period chosen = query.periodOr(comparison.defaultPeriod());
        List<Indicator> shown = indicators.select(codes);
        List<Comparison.Row> rows = comparison.compare(CommuneSelection.ALL, chosen, shown, "name",
                Comparison.Direction.ASC, Locale.FRENCH);
        List<String> headers = new ArrayList<>(List.of("commune", "name_ar", "name_fr", "region", "province",
                "population", "period"));
        shown.forEach(i -> headers.add(i.code()));
        List<List<Object>> lines = new ArrayList<>();
        for (Comparison.Row row : rows) {
            Comparison.CommuneInfo c = row.commune();
            List<Object> line = new ArrayList<>(List.of(c.slug(), c.nameAr(), c.nameFr(), c.region(), c.province()));
            line.add(c.population());
            line.add(chosen.toString());
            shown.forEach(i -> line.add(row.value(i.code())));
            lines.add(line);
        }
        return licensed(new TabularExport("mocharaka-indicators-" + chosen, headers, lines, false).csv(),
                "mocharaka-indicators-" + chosen + ".csv");
    }

    @GetMapping("/open-data/definitions.csv")
    ResponseEntity<byte[]> definitionsCsv() {
        List<String> headers = List.of("code", "theme", "formula", "numerator", "denominator", "stock", "unit",
                "target", "label_ar", "label_fr", "label_en", "definition_ar", "definition_fr", "definition_en");
        List<List<Object>> lines = new ArrayList<>();
        for (Indicator i : indicators.all()) {
            lines.add(new ArrayList<>(java.util.Arrays.asList(i.code(), i.theme(), i.formula().name(), i.numerator(),
                    i.denominator(), i.stock(), i.unit(), i.target() == null ? null : i.target().name(),
                    i.label().in("ar"), i.label().in("fr"), i.label().in("en"),
                    i.definition().in("ar"), i.definition().in("fr"), i.definition().in("en"))));
        }
        return licensed(new TabularExport("mocharaka-definitions", headers, lines, false).csv(),
                "mocharaka-definitions.csv");
    }

    private static ResponseEntity<byte[]> licensed(byte[] csv, String filename) {
        return ResponseEntity.ok()
                .contentType(TabularExport.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.LINK, "<" + LICENCE_URL + ">; rel=\"license\"")
                .body(csv);
    }

    private List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - 4; y--) {
            years.add(y);
        }
        return years;
    }
}
