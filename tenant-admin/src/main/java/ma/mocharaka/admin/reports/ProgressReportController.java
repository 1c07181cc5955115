package ma.mocharaka.admin.reports;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ma.mocharaka.admin.activities.Activities;
import ma.mocharaka.admin.activities.Inclusion;
import ma.mocharaka.admin.onboarding.OnboardingStep;
import ma.mocharaka.admin.onboarding.OnboardingSteps;
import ma.mocharaka.admin.onboarding.StepReporting;
import ma.mocharaka.admin.onboarding.StepStatus;
import ma.mocharaka.admin.programs.Program;
import ma.mocharaka.admin.programs.ProgramDashboard;
import ma.mocharaka.admin.programs.ProgramRepository;
import ma.mocharaka.admin.milestones.Milestone;
import ma.mocharaka.admin.milestones.Milestones;
import ma.mocharaka.platform.i18n.PlatformLanguage;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** Per-commune and per-program progress reports as PDF, in the reader's language (Arabic right to left). */
@RestController
class ProgressReportController {

    private final OnboardingSteps steps;
    private final StepReporting reporting;
    private final Activities activities;
    private final ProgramRepository programs;
    private final ProgramDashboard dashboards;
    private final MessageSource messages;
    private final Milestones milestones;
    private final CommuneRegistry communes;

    ProgressReportController(OnboardingSteps steps, StepReporting reporting, Activities activities,
                             ProgramRepository programs, ProgramDashboard dashboards, MessageSource messages,
                             Milestones milestones, CommuneRegistry communes) {
        this.milestones = milestones;
        this.communes = communes;
        this.steps = steps;
        this.reporting = reporting;
        this.activities = activities;
        this.programs = programs;
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @GetMapping("/communes/{slug}/report.pdf")
    ResponseEntity<byte[]> commune(Locale locale) {
        Commune commune = CurrentCommune.require();
        LocalDate today = reporting.today();
        String title = text("report.commune.title", locale, commune.name(locale));
        ProgressPdf pdf = new ProgressPdf(rightToLeft(locale), title)
                .title(title)
                .paragraph(text("report.generated", locale, isolated(today)) + " — " + commune.region() + ", "
                        + commune.province());
        Map<String, List<OnboardingStep>> byProgram = new LinkedHashMap<>();
        steps.ofCommune(commune.id()).forEach(step ->
                byProgram.computeIfAbsent(step.programCode(), code -> new ArrayList<>()).add(step));
        for (List<OnboardingStep> programSteps : byProgram.values()) {
            pdf.heading(programSteps.getFirst().programName().in(locale));
            List<List<String>> rows = new ArrayList<>();
            for (OnboardingStep step : programSteps) {
                StepStatus status = step.status(today);
                rows.add(ProgressPdf.row(step.position() + ". " + step.name().in(locale),
                        text("stepStatus." + status, locale), step.dueOn(), step.actualOn(), step.achievement()));
            }
            pdf.table(List.of(text("step.name", locale), text("step.status", locale), text("matrix.dueOn", locale),
                    text("step.actualOn", locale), text("step.achievement", locale)), rows, 3, 1.4f, 1.3f, 1.3f, 5);
        }
        milestoneTable(pdf, milestones.ofCommune(commune.id()), today, false, locale);
        Inclusion inclusion = activities.inclusionOfCommune(commune.id());
        pdf.heading(text("activities.title", locale) + ": " + activities.ofCommune(commune.id()).size());
        pdf.paragraph(inclusion.hasCounts()
                ? text("inclusion.commune", locale, inclusion.womenPct(), inclusion.youthPct(),
                        inclusion.disabilityPct(), inclusion.counted())
                : text("inclusion.notCounted", locale));
        return pdf("report-" + commune.slug() + "-" + locale.getLanguage() + ".pdf", pdf.finish());
    }

    @GetMapping("/programs/{code}/report.pdf")
    ResponseEntity<byte[]> program(@PathVariable String code, Locale locale) {
        Program program = programs.findByCode(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ProgramDashboard.Dashboard dashboard = dashboards.of(program, new ProgramDashboard.Filter(null, null, null));
        String title = text("report.program.title", locale, program.name().in(locale));
        ProgressPdf pdf = new ProgressPdf(rightToLeft(locale), title)
                .title(title)
                .paragraph(text("report.generated", locale, isolated(dashboard.today())))
                .paragraph(text("program.enrolled", locale) + ": " + program.enrolled()
                        + (program.targetCommunes() == null ? "" : " / " + program.targetCommunes()));
        if (!dashboard.rows().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (ProgramDashboard.Row row : dashboard.rows()) {
                long late = row.cells().stream().filter(c -> c.status(dashboard.today()) == StepStatus.LATE).count();
                rows.add(ProgressPdf.row(row.enrolment().commune().name(locale),
                        text("cohort." + row.enrolment().cohort(), locale), row.done() + " / " + row.cells().size(),
                        late));
            }
            pdf.table(List.of(text("communes.name", locale), text("enrolment.cohort", locale),
                    text("matrix.done", locale), text("stepStatus.LATE", locale)), rows, 3, 2, 1.3f, 1.3f);
        }
        milestoneTable(pdf, milestones.ofProgram(code), dashboard.today(), true, locale);
        Inclusion inclusion = dashboard.inclusion();
        pdf.heading(text("inclusion.title", locale));
        pdf.table(List.of(text("inclusion.group", locale), text("inclusion.target", locale),
                        text("inclusion.actual", locale)),
                List.of(ProgressPdf.row(text("inclusion.women", locale), program.targets().women() + " %",
                                actual(inclusion.hasCounts() ? inclusion.womenPct() : dashboard.figures().get("WOMEN_PCT"))),
                        ProgressPdf.row(text("inclusion.youth", locale), program.targets().youth() + " %",
                                actual(inclusion.hasCounts() ? inclusion.youthPct() : dashboard.figures().get("YOUTH_PCT"))),
                        ProgressPdf.row(text("inclusion.disability", locale), program.targets().disability() + " %",
                                actual(inclusion.hasCounts() ? inclusion.disabilityPct()
                                        : dashboard.figures().get("DISABILITY_PCT")))),
                3, 1, 1);
        return pdf("report-" + code + "-" + locale.getLanguage() + ".pdf", pdf.finish());
    }

    /** Milestones planned against reached; on a program's report, with the commune each belongs to. */
    private void milestoneTable(ProgressPdf pdf, List<Milestone> list, LocalDate today, boolean withCommune,
                                Locale locale) {
        if (list.isEmpty()) {
            return;
        }
        pdf.heading(text("milestone.title", locale));
        Map<String, Commune> bySlug = new java.util.HashMap<>();
        if (withCommune) {
            communes.findAll().forEach(c -> bySlug.put(c.slug(), c));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Milestone m : list) {
            String scope = m.communeSlug() == null ? text("milestone.programLevel", locale)
                    : bySlug.containsKey(m.communeSlug()) ? bySlug.get(m.communeSlug()).name(locale) : m.communeSlug();
            List<String> row = new ArrayList<>(ProgressPdf.row(m.title().in(locale)));
            if (withCommune) {
                row.add(scope);
            }
            row.addAll(ProgressPdf.row(m.plannedOn(), m.actualOn(), text("milestoneStatus." + m.status(today), locale)));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of(text("milestone.name", locale)));
        if (withCommune) {
            headers.add(text("milestone.scope", locale));
        }
        headers.addAll(List.of(text("milestone.plannedOn", locale), text("milestone.actualOn", locale),
                text("milestone.status", locale)));
        pdf.table(headers, rows, withCommune ? new float[] {4, 1.6f, 1.3f, 1.3f, 1.2f} : new float[] {4, 1.3f, 1.3f, 1.2f});
    }

    /** Left-to-right marks keep an ISO date in one piece inside an Arabic sentence. */
    private static String isolated(LocalDate date) {
        return "\u200E" + date + "\u200E";
    }

    private static String actual(java.math.BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString() + " %";
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }

    private static boolean rightToLeft(Locale locale) {
        return "rtl".equals(PlatformLanguage.of(locale).direction());
    }

    private static ResponseEntity<byte[]> pdf(String filename, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
