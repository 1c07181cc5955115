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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.admin.exports.TabularExport;
import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.security.CommuneAccess;
import ma.mocharaka.platform.security.PlatformRole;
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

    private final SessionRecording sessions;

    ActivitiesController(Activities activities, CommuneRegistry communes, ProgramChoices programs, AuditTrail audit,
                         MessageSource messages, SessionRecording sessions) {
        this.sessions = sessions;
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
    String ofCommune(Model model, Authentication user) {
        Commune commune = CurrentCommune.require();
        model.addAttribute("subject", commune);
        model.addAttribute("activities", activities.ofCommune(commune.id()));
        model.addAttribute("communes", communesBySlug());
        model.addAttribute("inclusion", activities.inclusionOfCommune(commune.id()));
        model.addAttribute("canRecord", CommuneAccess.hasRoleIn(user, commune, PlatformRole.PROGRAM_ADMIN,
                PlatformRole.FOCAL_POINT));
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
        return form(model, new ActivityForm(), null, null);
    }

    @PostMapping("/activities")
    String create(@Valid @ModelAttribute("activity") ActivityForm form, BindingResult errors, Model model,
                  Authentication user) {
        if (!checked(form, errors, null)) {
            return form(model, form, null, null);
        }
        return "redirect:/activities/" + sessions.create(form, null, user.getName()).id();
    }

    @GetMapping("/activities/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Activity activity = activity(id);
        return form(model, ActivityForm.of(activity), activity, null);
    }

    @PostMapping("/activities/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("activity") ActivityForm form, BindingResult errors,
                  Model model, Authentication user, RedirectAttributes redirect) {
        Activity before = activity(id);
        if (!checked(form, errors, null)) {
            return form(model, form, before, null);
        }
        sessions.update(before, form, null, user.getName());
        redirect.addFlashAttribute("sessionSaved", true);
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/delete")
    String delete(@PathVariable long id, Authentication user, RedirectAttributes redirect, Locale locale) {
        Activity activity = activity(id);
        sessions.delete(activity, user.getName());
        redirect.addFlashAttribute("sessionDeleted", activity.title(locale));
        return "redirect:/activities";
    }

    // A focal point records and keeps the sessions of their own commune alone; AdminSecurity lets only the
    // commune's focal point and program admins in, and each handler refuses a session shared with other communes.

    @GetMapping("/communes/{slug}/activities/new")
    String newCommuneForm(Model model) {
        return form(model, new ActivityForm(), null, CurrentCommune.require());
    }

    @PostMapping("/communes/{slug}/activities")
    String createForCommune(@Valid @ModelAttribute("activity") ActivityForm form, BindingResult errors, Model model,
                            Authentication user, RedirectAttributes redirect, Locale locale) {
        Commune commune = CurrentCommune.require();
        if (!checked(form, errors, commune)) {
            return form(model, form, null, commune);
        }
        Activity created = sessions.create(form, commune, user.getName());
        redirect.addFlashAttribute("sessionSavedTitle", created.title(locale));
        return "redirect:/communes/" + commune.slug() + "/activities";
    }

    @GetMapping("/communes/{slug}/activities/{id}/edit")
    String editCommuneForm(@PathVariable long id, Model model) {
        Commune commune = CurrentCommune.require();
        Activity activity = communeActivity(id, commune);
        return form(model, ActivityForm.of(activity), activity, commune);
    }

    @PostMapping("/communes/{slug}/activities/{id}")
    String updateForCommune(@PathVariable long id, @Valid @ModelAttribute("activity") ActivityForm form,
                            BindingResult errors, Model model, Authentication user, RedirectAttributes redirect,
                            Locale locale) {
        Commune commune = CurrentCommune.require();
        Activity before = communeActivity(id, commune);
        if (!checked(form, errors, commune)) {
            return form(model, form, before, commune);
        }
        Activity after = sessions.update(before, form, commune, user.getName());
        redirect.addFlashAttribute("sessionSavedTitle", after.title(locale));
        return "redirect:/communes/" + commune.slug() + "/activities";
    }

    @PostMapping("/communes/{slug}/activities/{id}/delete")
    String deleteForCommune(@PathVariable long id, Authentication user, RedirectAttributes redirect, Locale locale) {
        Commune commune = CurrentCommune.require();
        Activity activity = communeActivity(id, commune);
        sessions.delete(activity, user.getName());
        redirect.addFlashAttribute("sessionDeleted", activity.title(locale));
        return "redirect:/communes/" + commune.slug() + "/activities";
    }

    private boolean checked(ActivityForm form, BindingResult errors, Commune onlyFor) {
        sessions.check(form, onlyFor).forEach(problem -> errors.rejectValue(problem.field(), problem.code(),
                problem.argument() == null ? null : new Object[] {problem.argument()}, null));
        return !errors.hasErrors();
    }

    private Activity activity(long id) {
        return activities.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Through a commune's address only that commune's own sessions exist: a shared one is not found here. */
    private Activity communeActivity(long id, Commune commune) {
        return activities.find(id).filter(a -> SessionRecording.isOnlyOf(a, commune))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Model model, ActivityForm form, Activity existing, Commune onlyFor) {
        form.padAgenda(2);
        if (!model.containsAttribute("activity")) {
            model.addAttribute("activity", form);
        }
        model.addAttribute("existing", existing);
        model.addAttribute("onlyFor", onlyFor);
        String base = onlyFor == null ? "/activities" : "/communes/" + onlyFor.slug() + "/activities";
        model.addAttribute("formAction", existing == null ? base : base + "/" + existing.id());
        model.addAttribute("deleteAction", existing == null ? null : base + "/" + existing.id() + "/delete");
        model.addAttribute("backTo", onlyFor == null ? (existing == null ? "/activities" : "/activities/" + existing.id())
                : base);
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
