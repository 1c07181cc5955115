package ma.mocharaka.admin.milestones;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import tools.jackson.databind.json.JsonMapper;

import ma.mocharaka.platform.tenancy.Commune;

/**
 * What the program page and the commune page show of milestones: the list (a table, which screen readers and
 * printouts read) and the same facts as JSON for the timeline chart drawn over it.
 */
@Component
public class MilestoneBoard {

    /** How far ahead "upcoming" looks, as for onboarding steps. */
    static final int UPCOMING_DAYS = 60;

    private final Milestones milestones;
    private final JsonMapper json;

    MilestoneBoard(Milestones milestones, JsonMapper json) {
        this.milestones = milestones;
        this.json = json;
    }

    public void ofProgram(Model model, String programCode, Map<String, Commune> communesBySlug, Locale locale) {
        addTo(model, milestones.ofProgram(programCode), communesBySlug, locale);
    }

    public void ofCommune(Model model, Commune commune, Locale locale) {
        addTo(model, milestones.ofCommune(commune.id()), Map.of(commune.slug(), commune), locale);
    }

    private void addTo(Model model, List<Milestone> list, Map<String, Commune> communesBySlug, Locale locale) {
        LocalDate today = milestones.today();
        model.addAttribute("milestones", list);
        model.addAttribute("milestoneToday", today);
        model.addAttribute("overdueMilestones", list.stream()
                .filter(m -> m.status(today) == Milestone.Status.LATE)
                .sorted(Comparator.comparing(Milestone::plannedOn)).toList());
        model.addAttribute("upcomingMilestones", list.stream()
                .filter(m -> m.status(today) == Milestone.Status.UPCOMING && m.plannedOn() != null
                        && !m.plannedOn().isAfter(today.plusDays(UPCOMING_DAYS)))
                .sorted(Comparator.comparing(Milestone::plannedOn)).toList());
        model.addAttribute("milestoneChart", chartJson(list.stream().map(m -> new Point(
                label(m, communesBySlug, locale), iso(m.plannedOn()), iso(m.actualOn()), m.status(today).name()))
                .toList()));
    }

    private static String label(Milestone m, Map<String, Commune> communesBySlug, Locale locale) {
        String title = m.title().in(locale);
        Commune commune = m.communeSlug() == null ? null : communesBySlug.get(m.communeSlug());
        return commune == null || communesBySlug.size() == 1 ? title : commune.name(locale) + " — " + title;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** JSON for a script element: "<" is escaped so no title typed by anyone can close the element. */
    private String chartJson(List<Point> points) {
        return json.writeValueAsString(points).replace("<", "\\u003c");
    }

    /** One row of the chart: planned and actual day of a milestone. */
    record Point(String title, String plannedOn, String actualOn, String status) {
    }
}
