package ma.mocharaka.admin.programs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.admin.exports.TabularExport;
import ma.mocharaka.admin.onboarding.OnboardingStep;
import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.PlatformLanguage;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.web.FormRecords;

/** The programs and, for each, the dashboard of its communes. */
@Controller
class ProgramsController {

    private final ProgramRepository programs;
    private final ProgramDashboard dashboards;
    private final CommuneRegistry communes;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final ma.mocharaka.admin.milestones.MilestoneBoard milestoneBoard;

    ProgramsController(ProgramRepository programs, ProgramDashboard dashboards, CommuneRegistry communes,
                       AuditTrail audit, MessageSource messages,
                       ma.mocharaka.admin.milestones.MilestoneBoard milestoneBoard) {
        this.milestoneBoard = milestoneBoard;
        this.programs = programs;
        this.dashboards = dashboards;
        this.communes = communes;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/programs")
    String list(Model model) {
        model.addAttribute("programs", programs.findAll());
        return "programs/list";
    }

    @GetMapping("/programs/{code}")
    String dashboard(@PathVariable String code, @RequestParam(required = false) Enrolment.Cohort cohort,
                     @RequestParam(required = false) String region, @RequestParam(required = false) String province,
                     Model model) {
        Program program = program(code);
        return page(model, program, new ProgramDashboard.Filter(cohort, region, province),
                new TargetsForm(program.targets().women(), program.targets().youth(), program.targets().disability()));
    }

    @GetMapping("/programs/{code}/matrix.{format}")
    ResponseEntity<byte[]> exportMatrix(@PathVariable String code, @PathVariable String format,
                                        @RequestParam(required = false) Enrolment.Cohort cohort,
                                        @RequestParam(required = false) String region,
                                        @RequestParam(required = false) String province, Locale locale) {
        ProgramDashboard.Dashboard dashboard = dashboards.of(program(code),
                new ProgramDashboard.Filter(cohort, region, province));
        List<String> headers = new ArrayList<>(List.of(text("communes.name", locale), text("communes.region", locale),
                text("communes.province", locale), text("enrolment.cohort", locale)));
        dashboard.columns().forEach(column -> headers.add(column.sample().name().in(locale)));
        List<List<Object>> rows = new ArrayList<>();
        for (ProgramDashboard.Row row : dashboard.rows()) {
            List<Object> values = new ArrayList<>(List.of(row.enrolment().commune().name(locale),
                    row.enrolment().commune().region(), row.enrolment().commune().province(),
                    text("cohort." + row.enrolment().cohort(), locale)));
            for (OnboardingStep cell : row.cells()) {
                String status = text("stepStatus." + cell.status(dashboard.today()), locale);
                values.add(cell.actualOn() != null ? status + " " + cell.actualOn() : status);
            }
            rows.add(values);
        }
        return new TabularExport("matrix-" + code, headers, rows, isRightToLeft(locale)).as(format);
    }

    @GetMapping("/programs/export.{format}")
    ResponseEntity<byte[]> exportPrograms(@PathVariable String format, Locale locale) {
        List<String> headers = List.of(text("program.name", locale), text("program.period", locale),
                text("program.funders", locale), text("program.partners", locale), text("program.enrolled", locale),
                text("program.targetCommunes", locale), text("inclusion.women", locale),
                text("inclusion.youth", locale), text("inclusion.disability", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (Program p : programs.findAll()) {
            List<Object> row = new ArrayList<>();
            row.add(p.name().in(locale));
            row.add((p.startsOn() == null ? "" : p.startsOn().toString()) + " – "
                    + (p.endsOn() == null ? "" : p.endsOn().toString()));
            row.add(p.funders());
            row.add(p.partners());
            row.add(p.enrolled());
            row.add(p.targetCommunes());
            row.add(p.targets().women());
            row.add(p.targets().youth());
            row.add(p.targets().disability());
            rows.add(row);
        }
        return new TabularExport("programs", headers, rows, isRightToLeft(locale)).as(format);
    }

    @PostMapping("/programs/{code}/targets")
    String updateTargets(@PathVariable String code, @Valid @ModelAttribute("targets") TargetsForm form,
                         BindingResult errors, Model model, Authentication user, RedirectAttributes redirect) {
        Program program = program(code);
        if (errors.hasErrors()) {
            model.addAttribute("targetErrors", true);
            return page(model, program, new ProgramDashboard.Filter(null, null, null), form);
        }
        Program.InclusionTargets targets = new Program.InclusionTargets(form.women(), form.youth(), form.disability());
        programs.updateTargets(program, targets);
        audit.record(user.getName(), null, "program.targets", "program/" + code, program.targets().toString(),
                targets.toString());
        redirect.addFlashAttribute("targetsSaved", true);
        return "redirect:/programs/" + code;
    }

    @PostMapping("/programs/{code}/enrolments")
    String enrol(@PathVariable String code, @Valid @ModelAttribute("enrolment") EnrolmentForm typed,
                 BindingResult binding, Model model, Authentication user, RedirectAttributes redirect,
                 WebRequest request) {
        Program program = program(code);
        BindingResult errors = FormRecords.keepTyped("enrolment", typed, EnrolmentForm.class, binding, model, request);
        EnrolmentForm form = (EnrolmentForm) errors.getTarget();
        java.util.Optional<Commune> commune = form.commune() == null ? java.util.Optional.empty()
                : communes.resolve(form.commune());
        if (commune.isEmpty() && !errors.hasFieldErrors("commune")) {
            errors.rejectValue("commune", "enrolment.error.unknownCommune");
        } else if (commune.isPresent() && programs.enrolments(program).stream()
                .anyMatch(e -> e.commune().id() == commune.get().id())) {
            errors.rejectValue("commune", "enrolment.error.alreadyEnrolled");
        }
        if (form.joinedOn() != null && ((program.startsOn() != null && form.joinedOn().isBefore(program.startsOn()))
                || (program.endsOn() != null && form.joinedOn().isAfter(program.endsOn())))) {
            errors.rejectValue("joinedOn", "enrolment.error.outsidePeriod",
                    new Object[] {program.startsOn(), program.endsOn()}, null);
        }
        if (errors.hasErrors()) {
            model.addAttribute("enrolmentErrors", true);
            return page(model, program, new ProgramDashboard.Filter(null, null, null),
                    new TargetsForm(program.targets().women(), program.targets().youth(), program.targets().disability()));
        }
        programs.enrol(program, commune.get(), form.cohort(), form.joinedOn(), form.joinedBy(), form.focalPoint());
        audit.record(user.getName(), commune.get().slug(), "program.enrol", "program/" + code, null,
                form.cohort() + ", " + form.joinedBy() + ", " + form.joinedOn() + ", focal point " + form.focalPoint());
        redirect.addFlashAttribute("enrolled", commune.get().slug());
        return "redirect:/programs/" + code;
    }

    private String page(Model model, Program program, ProgramDashboard.Filter filter, TargetsForm targets) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<Commune> all = communes.findAll();
        model.addAttribute("dashboard", dashboards.of(program, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("regions", all.stream().map(Commune::region).distinct().sorted().toList());
        model.addAttribute("provinces", all.stream().map(Commune::province).distinct().sorted().toList());
        model.addAttribute("targets", targets);
        model.addAttribute("targetErrors", model.containsAttribute("targetErrors"));
        if (!model.containsAttribute("enrolment")) {
            model.addAttribute("enrolment", new EnrolmentForm(null, Enrolment.Cohort.PARTNER, null,
                    Enrolment.JoinedBy.APPLICATION, null));
        }
        model.addAttribute("enrolmentErrors", model.containsAttribute("enrolmentErrors"));
        java.util.Set<Long> enrolled = new java.util.HashSet<>();
        programs.enrolments(program).forEach(e -> enrolled.add(e.commune().id()));
        model.addAttribute("enrollable", all.stream().filter(c -> !enrolled.contains(c.id())).toList());
        java.util.Map<String, Commune> bySlug = new java.util.HashMap<>();
        all.forEach(commune -> bySlug.put(commune.slug(), commune));
        model.addAttribute("communesBySlug", bySlug);
        milestoneBoard.ofProgram(model, program.code(), bySlug, locale);
        return "programs/dashboard";
    }

    private Program program(String code) {
        return programs.findByCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static boolean isRightToLeft(Locale locale) {
        return "rtl".equals(PlatformLanguage.of(locale).direction());
    }

    record EnrolmentForm(
            @NotNull String commune,
            @NotNull Enrolment.Cohort cohort,
            java.time.LocalDate joinedOn,
            @NotNull Enrolment.JoinedBy joinedBy,
            @jakarta.validation.constraints.Size(max = 200) String focalPoint) {
    }

    record TargetsForm(
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal women,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal youth,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal disability) {
    }
}
