package ma.mocharaka.portal.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.web.FormRecords;

/** The plan shown publicly with progress bars, its API, and the staff page where progress is reported. */
@Controller
class ActionPlanController {

    private final ActionPlans plans;
    private final MessageSource messages;

    ActionPlanController(ActionPlans plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    public record ProgressForm(@NotNull ActionStatus status,
                               @NotNull(message = "{actionPlan.error.progress}") @Min(value = 0, message = "{actionPlan.error.progress}")
                               @Max(value = 100, message = "{actionPlan.error.progress}") Integer progress) {
    }

    public record MeasureForm(@NotNull(message = "{actionPlan.error.value}")
                              @DecimalMin(value = "-999999999999.99", message = "{actionPlan.error.value}")
                              @DecimalMax(value = "999999999999.99", message = "{actionPlan.error.value}") BigDecimal value,
                              @NotNull(message = "{actionPlan.error.date}") LocalDate measuredOn) {
    }

    @GetMapping("/c/{commune}/action-plan")
    String plan(Model model) {
        model.addAttribute("plans", plans.all());
        return "actionplan/plan";
    }

    @GetMapping("/c/{commune}/api/action-plans")
    @ResponseBody
    List<ActionPlanView> api() {
        return plans.all();
    }

    @GetMapping("/c/{commune}/admin/action-plan")
    String admin(Model model) {
        model.addAttribute("plans", plans.all());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("blankAction", ActionPlanForms.NewAction.empty());
        model.addAttribute("blankIndicator", ActionPlanForms.NewIndicator.empty());
        if (!model.containsAttribute("newPlan")) {
            model.addAttribute("newPlan", ActionPlanForms.NewPlan.empty());
        }
        if (!model.containsAttribute("newAction")) {
            model.addAttribute("newAction", ActionPlanForms.NewAction.empty());
        }
        if (!model.containsAttribute("newIndicator")) {
            model.addAttribute("newIndicator", ActionPlanForms.NewIndicator.empty());
        }
        return "actionplan/admin";
    }

    @PostMapping("/c/{commune}/admin/action-plan/plans")
    String createPlan(@Valid @ModelAttribute("newPlan") ActionPlanForms.NewPlan typed, BindingResult binding,
                      Authentication staff, Model model, RedirectAttributes redirect, WebRequest request) {
        BindingResult errors = FormRecords.keepTyped("newPlan", typed, ActionPlanForms.NewPlan.class, binding, model,
                request);
        ActionPlanForms.NewPlan form = (ActionPlanForms.NewPlan) errors.getTarget();
        if (errors.hasErrors()) {
            model.addAttribute("failedNewPlan", true);
            return admin(model);
        }
        long id = plans.record(form.toDraft(), staff.getName());
        redirect.addFlashAttribute("done", "actionPlan.planCreated");
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/action-plan#plan-" + id;
    }

    @PostMapping("/c/{commune}/admin/action-plan/plans/{planId}/actions")
    String addAction(@PathVariable long planId, @Valid @ModelAttribute("newAction") ActionPlanForms.NewAction typed,
                     BindingResult binding, Authentication staff, Model model, Locale locale,
                     RedirectAttributes redirect, WebRequest request) {
        BindingResult errors = FormRecords.keepTyped("newAction", typed, ActionPlanForms.NewAction.class, binding, model,
                request);
        ActionPlanForms.NewAction form = (ActionPlanForms.NewAction) errors.getTarget();
        if (errors.hasErrors()) {
            model.addAttribute("failedNewAction", planId);
            model.addAttribute("formErrors", resolved(errors, locale));
            return admin(model);
        }
        long id = plans.addAction(planId, form.toDraft(), staff.getName());
        redirect.addFlashAttribute("done", "actionPlan.actionAdded");
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/action-plan#action-" + id;
    }

    @PostMapping("/c/{commune}/admin/action-plan/actions/{actionId}/indicators")
    String addIndicator(@PathVariable long actionId, @Valid @ModelAttribute("newIndicator") ActionPlanForms.NewIndicator typed,
                        BindingResult binding, Authentication staff, Model model, Locale locale,
                        RedirectAttributes redirect, WebRequest request) {
        BindingResult errors = FormRecords.keepTyped("newIndicator", typed, ActionPlanForms.NewIndicator.class, binding, model,
                request);
        ActionPlanForms.NewIndicator form = (ActionPlanForms.NewIndicator) errors.getTarget();
        if (errors.hasErrors()) {
            model.addAttribute("failedNewIndicator", actionId);
            model.addAttribute("formErrors", resolved(errors, locale));
            return admin(model);
        }
        long id = plans.addIndicator(actionId, form.toDraft(), staff.getName());
        redirect.addFlashAttribute("done", "actionPlan.indicatorAdded");
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/action-plan#indicator-" + id;
    }

    @PostMapping("/c/{commune}/admin/action-plan/actions/{actionId}")
    String report(@PathVariable long actionId, @Valid @ModelAttribute("progressForm") ProgressForm typed,
                  BindingResult binding, Authentication staff, Model model, Locale locale,
                  RedirectAttributes redirect, WebRequest request) {
        BindingResult errors = FormRecords.keepTyped("progressForm", typed, ProgressForm.class, binding, model,
                request);
        ProgressForm form = (ProgressForm) errors.getTarget();
        if (errors.hasErrors()) {
            model.addAttribute("failedAction", actionId);
            model.addAttribute("formErrors", resolved(errors, locale));
            return admin(model);
        }
        plans.reportProgress(actionId, form.status(), form.progress(), staff.getName());
        redirect.addFlashAttribute("done", "actionPlan.reported");
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/action-plan#action-" + actionId;
    }

    @PostMapping("/c/{commune}/admin/action-plan/indicators/{indicatorId}")
    String measure(@PathVariable long indicatorId, @Valid @ModelAttribute("measureForm") MeasureForm typed,
                   BindingResult binding, Authentication staff, Model model, Locale locale,
                   RedirectAttributes redirect, WebRequest request) {
        BindingResult errors = FormRecords.keepTyped("measureForm", typed, MeasureForm.class, binding, model,
                request);
        MeasureForm form = (MeasureForm) errors.getTarget();
        if (errors.hasErrors()) {
            model.addAttribute("failedIndicator", indicatorId);
            model.addAttribute("formErrors", resolved(errors, locale));
            return admin(model);
        }
        plans.measure(indicatorId, form.value(), form.measuredOn(), staff.getName());
        redirect.addFlashAttribute("done", "actionPlan.measured");
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/action-plan#indicator-" + indicatorId;
    }

    private List<String> resolved(BindingResult errors, Locale locale) {
        return errors.getAllErrors().stream().map(error -> messages.getMessage(error, locale)).toList();
    }
}
