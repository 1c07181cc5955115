package ma.mocharaka.admin.onboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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

    OnboardingController(OnboardingSteps steps, StepReporting reporting) {
        this.steps = steps;
        this.reporting = reporting;
    }

    @GetMapping("/communes/{slug}/onboarding")
    String steps(Model model, Authentication user) {
        Commune commune = CurrentCommune.require();
        Map<String, List<OnboardingStep>> byProgram = new LinkedHashMap<>();
        for (OnboardingStep step : steps.ofCommune(commune.id())) {
            byProgram.computeIfAbsent(step.programCode(), code -> new java.util.ArrayList<>()).add(step);
        }
        model.addAttribute("subject", commune);
        model.addAttribute("programs", byProgram);
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
                  BindingResult errors, Model model, Authentication user, RedirectAttributes redirect,
                  java.util.Locale locale) {
        OnboardingStep step = step(templateId);
        if (!errors.hasErrors()) {
            reporting.check(report).forEach(problem -> errors.rejectValue(problem.field(), problem.code()));
        }
        if (errors.hasErrors()) {
            return form(model, user, step, report);
        }
        reporting.report(step, report, user.getName());
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

    private String form(Model model, Authentication user, OnboardingStep step, StepReport report) {
        Commune commune = CurrentCommune.require();
        model.addAttribute("subject", commune);
        model.addAttribute("step", step);
        model.addAttribute("today", reporting.today());
        model.addAttribute("report", report);
        model.addAttribute("statuses", StepStatus.REPORTABLE);
        model.addAttribute("canReport", canReport(user, commune));
        model.addAttribute("canReview", CommuneAccess.hasRoleIn(user, commune, PlatformRole.PROGRAM_ADMIN));
        return "onboarding/report";
    }

    private OnboardingStep step(long templateId) {
        return steps.find(CurrentCommune.require().id(), templateId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static boolean canReport(Authentication user, Commune commune) {
        return CommuneAccess.hasRoleIn(user, commune, PlatformRole.PROGRAM_ADMIN, PlatformRole.FOCAL_POINT);
    }
}
