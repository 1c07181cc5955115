package ma.mocharaka.portal.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
                      Authentication staff, Model model, Locale locale, RedirectAttributes redirect,
                      WebRequest request) {
        return saveOrShowAgain("newPlan", typed, ActionPlanForms.NewPlan.class, binding, "failedNewPlan", true,
                form -> "plan-" + plans.record(form.toDraft(), staff.getName()), "actionPlan.planCreated",
                model, locale, redirect, request);
    }

    @PostMapping("/c/{commune}/admin/action-plan/plans/{planId}/actions")
    String addAction(@PathVariable long planId, @Valid @ModelAttribute("newAction") ActionPlanForms.NewAction typed,
                     BindingResult binding, Authentication staff, Model model, Locale locale,
                     RedirectAttributes redirect, WebRequest request) {
        return saveOrShowAgain("newAction", typed, ActionPlanForms.NewAction.class, binding, "failedNewAction", planId,
                form -> "action-" + plans.addAction(planId, form.toDraft(), staff.getName()), "actionPlan.actionAdded",
                model, locale, redirect, request);
    }

    @PostMapping("/c/{commune}/admin/action-plan/actions/{actionId}/indicators")
    String addIndicator(@PathVariable long actionId, @Valid @ModelAttribute("newIndicator") ActionPlanForms.NewIndicator typed,
                        BindingResult binding, Authentication staff, Model model, Locale locale,
                        RedirectAttributes redirect, WebRequest request) {
        return saveOrShowAgain("newIndicator", typed, ActionPlanForms.NewIndicator.class, binding, "failedNewIndicator",
                actionId, form -> "indicator-" + plans.addIndicator(actionId, form.toDraft(), staff.getName()),
                "actionPlan.indicatorAdded", model, locale, redirect, request);
    }

    @PostMapping("/c/{commune}/admin/action-plan/actions/{actionId}")
    String report(@PathVariable long actionId, @Valid @ModelAttribute("progressForm") ProgressForm typed,
                  BindingResult binding, Authentication staff, Model model, Locale locale,
                  RedirectAttributes redirect, WebRequest request) {
        return saveOrShowAgain("progressForm", typed, ProgressForm.class, binding, "failedAction", actionId,
                form -> {
                    plans.reportProgress(actionId, form.status(), form.progress(), staff.getName());
                    return "action-" + actionId;
                }, "actionPlan.reported", model, locale, redirect, request);
    }

    @PostMapping("/c/{commune}/admin/action-plan/indicators/{indicatorId}")
    String measure(@PathVariable long indicatorId, @Valid @ModelAttribute("measureForm") MeasureForm typed,
                   BindingResult binding, Authentication staff, Model model, Locale locale,
                   RedirectAttributes redirect, WebRequest request) {
        return saveOrShowAgain("measureForm", typed, MeasureForm.class, binding, "failedIndicator", indicatorId,
                form -> {
                    plans.measure(indicatorId, form.value(), form.measuredOn(), staff.getName());
                    return "indicator-" + indicatorId;
                }, "actionPlan.measured", model, locale, redirect, request);
    }

    /**
     * What every form of the admin page does with a post. With errors, the page is shown again with what was typed
     * (see {@link FormRecords}) and {@code failedMark} set to {@code failedId}, which tells the page which of its many
     * forms to open with the messages. Otherwise {@code save} records the form and names the anchor of what it
     * saved, and the browser goes back there with the {@code done} message.
     */
    private <T extends Record> String saveOrShowAgain(String formName, T typed, Class<T> type, BindingResult binding,
                                                      String failedMark, Object failedId, Function<T, String> save,
                                                      String done, Model model, Locale locale,
                                                      RedirectAttributes redirect, WebRequest request) {
        BindingResult errors = FormRecords.keepTyped(formName, typed, type, binding, model, request);
        if (errors.hasErrors()) {
            model.addAttribute(failedMark, failedId);
            model.addAttribute("formErrors", resolved(errors, locale));
            return admin(model);
        }
        String anchor = save.apply(type.cast(errors.getTarget()));
        redirect.addFlashAttribute("done", done);
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/action-plan#" + anchor;
    }

    private List<String> resolved(BindingResult errors, Locale locale) {
        return errors.getAllErrors().stream().map(error -> messages.getMessage(error, locale)).toList();
    }
}
