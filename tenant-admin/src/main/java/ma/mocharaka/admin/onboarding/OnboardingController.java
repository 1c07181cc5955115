package ma.mocharaka.admin.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.security.CommuneAccess;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** A commune's onboarding steps: the focal point reports, the office validates or sends back. */
@Controller
class OnboardingController {

    private final OnboardingSteps steps;
    private final StepReporting reporting;
    private final EvidenceFiles evidence;
    private final tools.jackson.databind.json.JsonMapper json;

    OnboardingController(OnboardingSteps steps, StepReporting reporting, EvidenceFiles evidence,
                         tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
        this.steps = steps;
        this.reporting = reporting;
        this.evidence = evidence;
    }

    @GetMapping("/communes/{slug}/onboarding")
    String steps(Model model, Authentication user, java.util.Locale locale) {
        Commune commune = CurrentCommune.require();
        Map<String, List<OnboardingStep>> byProgram = new LinkedHashMap<>();
        for (OnboardingStep step : steps.ofCommune(commune.id())) {
            byProgram.computeIfAbsent(step.programCode(), code -> new java.util.ArrayList<>()).add(step);
        }
        model.addAttribute("subject", commune);
        model.addAttribute("programs", byProgram);
        Map<Long, List<Evidence>> files = new java.util.HashMap<>();
        evidence.ofCommune(commune.id()).forEach(file ->
                files.computeIfAbsent(file.templateId(), id -> new java.util.ArrayList<>()).add(file));
        model.addAttribute("evidence", files);
        model.addAttribute("timeline", timelineJson(byProgram.values().stream().map(programSteps -> new Timeline(
                programSteps.getFirst().programName().in(locale),
                programSteps.stream().map(step -> new Timeline.Point(step.name().in(locale),
                        step.dueOn() == null ? null : step.dueOn().toString(),
                        step.actualOn() == null ? null : step.actualOn().toString(),
                        step.status(reporting.today()).name())).toList())).toList()));
        model.addAttribute("today", reporting.today());
        model.addAttribute("canReport", canReport(user, commune));
        return "onboarding/steps";
    }

    @GetMapping("/communes/{slug}/onboarding/{templateId}")
    String reportForm(@PathVariable long templateId, Model model, Authentication user) {
        OnboardingStep step = step(templateId);
        return form(model, user, step, new StepReport(step.reported(), step.plannedOn(), step.actualOn(),
                step.achievement()));
    }

    @PostMapping("/communes/{slug}/onboarding/{templateId}")
    String report(@PathVariable long templateId, @Valid @ModelAttribute("report") StepReport report,
                  BindingResult errors,
                  @RequestParam(name = "evidence", required = false) List<MultipartFile> uploads,
                  Model model, Authentication user, RedirectAttributes redirect, java.util.Locale locale) {
        OnboardingStep step = step(templateId);
        List<MultipartFile> files = uploads == null ? List.of()
                : uploads.stream().filter(file -> !file.isEmpty() || hasName(file)).toList();
        if (!errors.hasErrors()) {
            reporting.check(report).forEach(problem -> errors.rejectValue(problem.field(), problem.code()));
        }
        for (MultipartFile file : files) {
            evidence.problemWith(file).ifPresent(problem -> {
                model.addAttribute("evidenceError", problem);
                model.addAttribute("evidenceFile", file.getOriginalFilename());
            });
        }
        if (errors.hasErrors() || model.containsAttribute("evidenceError")) {
            // A browser cannot be given a file back: the page says so, and keeps everything else as typed.
            model.addAttribute("evidenceToChooseAgain", !files.isEmpty());
            return form(model, user, step, report);
        }
        reporting.report(step, report, files, user.getName());
        // Flash attributes travel in the Redis session: a plain string, not the multilingual record.
        redirect.addFlashAttribute("reported", step.name().in(locale));
        return "redirect:/communes/" + step.communeSlug() + "/onboarding";
    }

    @PostMapping("/communes/{slug}/onboarding/{templateId}/review")
    String review(@PathVariable long templateId, @RequestParam String decision,
                  @RequestParam(required = false) String comment, Model model, Authentication user,
                  RedirectAttributes redirect, java.util.Locale locale) {
        OnboardingStep step = step(templateId);
        boolean validate = "validate".equals(decision);
        if (step.review() != Review.SUBMITTED) {
            model.addAttribute("reviewError", "step.error.nothingToReview");
        } else if (!validate && (comment == null || comment.isBlank())) {
            model.addAttribute("reviewError", "step.error.sendBackNeedsComment");
        }
        if (model.containsAttribute("reviewError")) {
            model.addAttribute("comment", comment);
            return form(model, user, step, new StepReport(step.reported(), step.plannedOn(), step.actualOn(),
                    step.achievement()));
        }
        reporting.review(step, validate, comment, user.getName());
        redirect.addFlashAttribute(validate ? "validated" : "sentBack", step.name().in(locale));
        return "redirect:/communes/" + step.communeSlug() + "/onboarding";
    }

    @GetMapping("/communes/{slug}/onboarding/{templateId}/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long templateId, @PathVariable long id) {
        EvidenceFiles.Download file = evidence.download(CurrentCommune.require().id(), templateId, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private static boolean hasName(MultipartFile file) {
        return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
    }

    private String form(Model model, Authentication user, OnboardingStep step, StepReport report) {
        Commune commune = CurrentCommune.require();
        model.addAttribute("subject", commune);
        model.addAttribute("step", step);
        model.addAttribute("today", reporting.today());
        model.addAttribute("report", report);
        model.addAttribute("statuses", StepStatus.REPORTABLE);
        model.addAttribute("canReport", canReport(user, commune));
        model.addAttribute("canReview", CommuneAccess.hasRoleIn(user, commune, PlatformRole.PROGRAM_ADMIN));
        model.addAttribute("files", evidence.ofCommune(commune.id()).stream()
                .filter(file -> file.templateId() == step.templateId()).toList());
        model.addAttribute("maxMegabytes", EvidenceFiles.MAX_BYTES / (1024 * 1024));
        if (!model.containsAttribute("evidenceToChooseAgain")) {
            model.addAttribute("evidenceToChooseAgain", false);
        }
        return "onboarding/report";
    }

    private OnboardingStep step(long templateId) {
        return steps.find(CurrentCommune.require().id(), templateId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** JSON for a script element: "<" is escaped so no text typed by anyone can close the element. */
    private String timelineJson(List<Timeline> timeline) {
        return json.writeValueAsString(timeline).replace("<", "\\u003c");
    }

    /** What the timeline chart draws for one program: each step's due date against the day it was done. */
    record Timeline(String program, List<Point> steps) {
        record Point(String step, String dueOn, String actualOn, String status) {
        }
    }

    static boolean canReport(Authentication user, Commune commune) {
        return CommuneAccess.hasRoleIn(user, commune, PlatformRole.PROGRAM_ADMIN, PlatformRole.FOCAL_POINT);
    }
}
