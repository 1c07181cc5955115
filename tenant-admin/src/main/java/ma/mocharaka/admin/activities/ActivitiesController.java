package ma.mocharaka.admin.activities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import ma.mocharaka.admin.exports.TabularExport;
import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.PlatformLanguage;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** Trainings, meetings, forums, exchange visits and studies: the office records them, everyone with access reads. */
@Controller
class ActivitiesController {

    private final Activities activities;
    private final CommuneRegistry communes;
    private final ProgramChoices programs;
    private final AuditTrail audit;
    private final MessageSource messages;

    ActivitiesController(Activities activities, CommuneRegistry communes, ProgramChoices programs, AuditTrail audit,
                         MessageSource messages) {
        this.activities = activities;
        this.communes = communes;
        this.programs = programs;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/activities")
    String list(Model model) {
        model.addAttribute("activities", activities.findAll());
        model.addAttribute("communes", communesBySlug());
        return "activities/list";
    }

    @GetMapping("/activities/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, Locale locale) {
        return export("activities", activities.findAll(), locale).as(format);
    }

    @GetMapping("/communes/{slug}/activities")
    String ofCommune(Model model) {
        Commune commune = CurrentCommune.require();
        model.addAttribute("subject", commune);
        model.addAttribute("activities", activities.ofCommune(commune.id()));
        model.addAttribute("communes", communesBySlug());
        model.addAttribute("inclusion", activities.inclusionOfCommune(commune.id()));
        return "activities/commune";
    }

    @GetMapping("/communes/{slug}/activities/export.{format}")
    ResponseEntity<byte[]> exportOfCommune(@PathVariable String format, Locale locale) {
        Commune commune = CurrentCommune.require();
        return export("activities-" + commune.slug(), activities.ofCommune(commune.id()), locale).as(format);
    }

    @GetMapping("/activities/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("activity", activities.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("communes", communesBySlug());
        return "activities/detail";
    }

    @GetMapping("/activities/new")
    String newForm(Model model) {
        return form(model, new ActivityForm());
    }

    @PostMapping("/activities")
    String create(@Valid @ModelAttribute("activity") ActivityForm form, BindingResult errors, Model model,
                  Authentication user) {
        if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            errors.rejectValue("endsOn", "activity.error.dateRange");
        }
        for (int i = 0; i < form.getParticipants().size(); i++) {
            ActivityForm.Row row = form.getParticipants().get(i);
            int total = row.getTotal() == null ? 0 : row.getTotal();
            for (String part : List.of("women", "youth", "disability")) {
                Integer count = switch (part) {
                    case "women" -> row.getWomen();
                    case "youth" -> row.getYouth();
                    default -> row.getDisability();
                };
                if (count != null && count > total) {
                    errors.rejectValue("participants[" + i + "]." + part, "activity.error.partExceedsTotal");
                }
            }
        }
        List<Long> communeIds = new ArrayList<>();
        for (String slug : form.getCommunes()) {
            Optional<Commune> commune = communes.resolve(slug);
            if (commune.isEmpty()) {
                errors.rejectValue("communes", "activity.error.unknownCommune", new Object[] {slug}, null);
            } else {
                communeIds.add(commune.get().id());
            }
        }
        if (form.getProgram() != null && !form.getProgram().isBlank()
                && !programs.exists(form.getProgram())) {
            errors.rejectValue("program", "activity.error.unknownProgram");
        }
        if (errors.hasErrors()) {
            return form(model, form);
        }
        Activity activity = form.toActivity();
        long id = activities.create(activity, communeIds);
        audit.record(user.getName(), communeIds.size() == 1 ? form.getCommunes().getFirst() : null,
                "activity.create", "activity/" + id, null,
                activity.kind() + " " + activity.startsOn() + "–" + activity.endsOn() + " " + activity.titleFr()
                        + " communes=" + activity.communes() + " participants=" + activity.totalParticipants());
        return "redirect:/activities/" + id;
    }

    private String form(Model model, ActivityForm form) {
        model.addAttribute("activity", form);
        model.addAttribute("kinds", Activity.Kind.values());
        model.addAttribute("allCommunes", communes.findAll());
        model.addAttribute("programs", programs.all());
        model.addAttribute("resultCodes", Activity.RESULT_CODES);
        return "activities/form";
    }

    private Map<String, Commune> communesBySlug() {
        Map<String, Commune> bySlug = new java.util.HashMap<>();
        communes.findAll().forEach(commune -> bySlug.put(commune.slug(), commune));
        return bySlug;
    }

    private TabularExport export(String name, List<Activity> list, Locale locale) {
        Map<String, Commune> bySlug = communesBySlug();
        List<String> headers = new ArrayList<>(List.of(text("activity.startsOn", locale), text("activity.endsOn", locale),
                text("activity.kind", locale), text("activity.titleAr", locale), text("activity.titleFr", locale),
                text("activity.place", locale), text("activity.communes", locale),
                text("activity.participants", locale), text("inclusion.women", locale),
                text("inclusion.youth", locale), text("inclusion.disability", locale),
                text("activity.outputs", locale), text("activity.results", locale)));
        List<List<Object>> rows = new ArrayList<>();
        for (Activity a : list) {
            Integer women = countedSum(a, Activity.Participants::women);
            Integer youth = countedSum(a, Activity.Participants::youth);
            Integer disability = countedSum(a, Activity.Participants::disability);
            List<Object> row = new ArrayList<>();
            row.add(a.startsOn().toString());
            row.add(a.endsOn().toString());
            row.add(text("activity.kind." + a.kind(), locale));
            row.add(a.titleAr());
            row.add(a.titleFr());
            row.add(a.onlineLink() != null ? a.onlineLink() : a.place());
            row.add(String.join(", ", a.communes().stream()
                    .map(slug -> bySlug.containsKey(slug) ? bySlug.get(slug).name(locale) : slug).toList()));
            row.add(a.participants().isEmpty() ? null : a.totalParticipants());
            row.add(women);
            row.add(youth);
            row.add(disability);
            row.add(a.outputs());
            row.add(String.join("; ", a.results().entrySet().stream()
                    .map(e -> messages.getMessage("result." + e.getKey(), new Object[] {e.getValue()}, e.getKey(),
                            locale)).toList()));
            rows.add(row);
        }
        return new TabularExport(name, headers, rows, PlatformLanguage.of(locale).direction().equals("rtl"));
    }

    /** Null when any category was not broken down, so an export never shows a partial count as the whole. */
    private static Integer countedSum(Activity a, java.util.function.Function<Activity.Participants, Integer> part) {
        if (a.participants().isEmpty() || a.participants().stream().anyMatch(p -> part.apply(p) == null)) {
            return null;
        }
        return a.participants().stream().mapToInt(part::apply).sum();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
