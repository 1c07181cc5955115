package ma.mocharaka.portal.budget;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * The staff side (commune-admin and commune-staff of this commune only, see PortalSecurity): cycles and their
 * dates, proposals from forums, the feasibility review, paper ballots, publishing results and following the
 * selected projects. A refused step re-renders the page with what staff typed still in the form.
 */
@Controller
class BudgetAdminController {

    private final ParticipatoryBudget budget;
    private final MessageSource messages;

    BudgetAdminController(ParticipatoryBudget budget, MessageSource messages) {
        this.budget = budget;
        this.messages = messages;
    }

    @GetMapping("/c/{commune}/admin/budget")
    String overview(Model model) {
        return renderOverview(model, CycleForm.empty());
    }

    @PostMapping("/c/{commune}/admin/budget")
    String create(@ModelAttribute("form") CycleForm form, BindingResult binding, Model model, Authentication staff,
                  RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("error", message("budget.error.dates"));
            return renderOverview(model, form);
        }
        try {
            BudgetViews.Cycle created = budget.createCycle(form, staff.getName());
            redirect.addFlashAttribute("notice", "budget.cycleCreated");
            return "redirect:" + base() + "/" + created.id();
        } catch (BudgetRefused refused) {
            model.addAttribute("error", message(refused));
            return renderOverview(model, form);
        }
    }

    @GetMapping("/c/{commune}/admin/budget/{id}")
    String detail(@PathVariable long id, Model model) {
        return renderDetail(id, model, null);
    }

    @PostMapping("/c/{commune}/admin/budget/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") CycleForm form, BindingResult binding, Model model,
                  Authentication staff, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("error", message("budget.error.dates"));
            return renderDetail(id, model, form);
        }
        return step(id, model, redirect, "budget.cycleSaved", form, () -> budget.updateCycle(id, form, staff.getName()));
    }

    @PostMapping("/c/{commune}/admin/budget/{id}/proposals")
    String proposal(@PathVariable long id, @RequestParam(defaultValue = "") String title,
                    @RequestParam(defaultValue = "") String description,
                    @RequestParam(defaultValue = "") String neighbourhood, Model model, Authentication staff,
                    RedirectAttributes redirect) {
        model.addAttribute("typedProposal", Map.of("title", title, "description", description, "neighbourhood", neighbourhood));
        return step(id, model, redirect, "budget.proposalEntered", null,
                () -> budget.enterFromForum(id, title, description, neighbourhood, staff.getName()));
    }

    @PostMapping("/c/{commune}/admin/budget/{id}/projects/{projectId}/review")
    String review(@PathVariable long id, @PathVariable long projectId, @RequestParam(defaultValue = "") String verdict,
                  @RequestParam(defaultValue = "") String cost, @RequestParam(defaultValue = "") String reason,
                  Model model, Authentication staff, RedirectAttributes redirect) {
        model.addAttribute("typedReview", Map.of("project", projectId, "cost", cost, "reason", reason));
        if (!verdict.equals("FEASIBLE") && !verdict.equals("REJECTED")) {
            model.addAttribute("error", message("budget.error.verdict"));
            return renderDetail(id, model, null);
        }
        return step(id, model, redirect, "budget.reviewed", null, () -> budget.review(id, projectId,
                verdict.equals("FEASIBLE"), amount(cost), reason, staff.getName()));
    }

    @PostMapping("/c/{commune}/admin/budget/{id}/paper-ballots")
    String paperBallot(@PathVariable long id, @RequestParam(defaultValue = "") String cin,
                       @RequestParam(name = "project", required = false) List<Long> chosen, Model model,
                       Authentication staff, RedirectAttributes redirect) {
        List<Long> choices = chosen == null ? List.of() : new ArrayList<>(chosen);
        model.addAttribute("typedPaper", Map.of("cin", cin, "projects", choices));
        return step(id, model, redirect, "budget.paperEntered", null, () -> {
            budget.castPaper(id, cin, choices, staff.getName());
            return null;
        });
    }

    @PostMapping("/c/{commune}/admin/budget/{id}/results")
    String publish(@PathVariable long id, Model model, Authentication staff, RedirectAttributes redirect) {
        return step(id, model, redirect, "budget.resultsPublished", null,
                () -> budget.publishResults(id, staff.getName()));
    }

    @PostMapping("/c/{commune}/admin/budget/{id}/projects/{projectId}/progress")
    String progress(@PathVariable long id, @PathVariable long projectId, @RequestParam(defaultValue = "") String progress,
                    Model model, Authentication staff, RedirectAttributes redirect) {
        return step(id, model, redirect, "budget.progressSaved", null, () -> {
            Long value = amount(progress);
            if (value == null || value > 100) {
                throw new BudgetRefused("budget.error.progress");
            }
            return budget.updateProgress(id, projectId, value.intValue(), staff.getName());
        });
    }

    @PostMapping("/c/{commune}/admin/budget/{id}/projects/{projectId}/milestones")
    String milestone(@PathVariable long id, @PathVariable long projectId, @RequestParam(defaultValue = "") String title,
                     @RequestParam(defaultValue = "") String dueOn, @RequestParam(defaultValue = "") String doneOn,
                     Model model, Authentication staff, RedirectAttributes redirect) {
        model.addAttribute("typedMilestone", Map.of("project", projectId, "title", title, "dueOn", dueOn, "doneOn", doneOn));
        return step(id, model, redirect, "budget.milestoneAdded", null,
                () -> budget.addMilestone(id, projectId, title, date(dueOn), date(doneOn), staff.getName()));
    }

    @PostMapping("/c/{commune}/admin/budget/{id}/projects/{projectId}/photos")
    String photo(@PathVariable long id, @PathVariable long projectId, @RequestParam("photo") MultipartFile photo,
                 Model model, Authentication staff, RedirectAttributes redirect) {
        return step(id, model, redirect, "budget.photoAdded", null,
                () -> budget.addPhoto(id, projectId, photo, staff.getName()));
    }

    private String step(long id, Model model, RedirectAttributes redirect, String notice, CycleForm form,
                        java.util.function.Supplier<Object> action) {
        try {
            action.get();
        } catch (BudgetRefused refused) {
            model.addAttribute("error", message(refused));
            return renderDetail(id, model, form);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            model.addAttribute("error", message("budget.error.concurrent"));
            return renderDetail(id, model, form);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + base() + "/" + id;
    }

    private String renderOverview(Model model, CycleForm form) {
        model.addAttribute("form", form);
        model.addAttribute("cycles", budget.cycles());
        return "budget/admin";
    }

    private String renderDetail(long id, Model model, CycleForm typed) {
        BudgetViews.Cycle cycle = budget.cycle(id);
        model.addAttribute("cycle", cycle);
        model.addAttribute("form", typed != null ? typed : CycleForm.of(cycle));
        model.addAttribute("projects", budget.projects(id));
        model.addAttribute("today", budget.today());
        model.addAttribute("results", cycle.phase().isBefore(BudgetPhase.RESULTS) ? null : budget.tally(id));
        return "budget/admin-detail";
    }

    private static Long amount(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(typed.strip().replace(" ", "").replace("\u00a0", ""));
            if (value < 0) {
                throw new BudgetRefused("budget.error.number");
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw new BudgetRefused("budget.error.number");
        }
    }

    private static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new BudgetRefused("budget.error.date");
        }
    }

    private String message(BudgetRefused refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String base() {
        return "/c/" + CurrentCommune.require().slug() + "/admin/budget";
    }
}
