package ma.mocharaka.portal.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.quota.WriteQuota;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** The public side: cycles with their timeline, proposals, the vote, results and the follow-up of projects. */
@Controller
class BudgetPublicController {

    private final ParticipatoryBudget budget;
    private final MessageSource messages;

    BudgetPublicController(ParticipatoryBudget budget, MessageSource messages) {
        this.budget = budget;
        this.messages = messages;
    }

    @GetMapping("/c/{commune}/budget")
    String list(Model model) {
        model.addAttribute("cycles", budget.cycles());
        return "budget/list";
    }

    @GetMapping("/c/{commune}/budget/{id}")
    String cycle(@PathVariable long id, Model model) {
        BudgetViews.Cycle cycle = budget.cycle(id);
        model.addAttribute("cycle", cycle);
        model.addAttribute("projects", budget.projects(id));
        model.addAttribute("results", budget.publishedResults(id).orElse(null));
        model.addAttribute("today", budget.today());
        return "budget/cycle";
    }

    @GetMapping("/c/{commune}/budget/{id}/propose")
    String proposeForm(@PathVariable long id, Model model) {
        model.addAttribute("cycle", budget.cycle(id));
        model.addAttribute("typed", Map.of());
        return "budget/propose";
    }

    @PostMapping("/c/{commune}/budget/{id}/propose")
    @WriteQuota("budget-proposal")
    String propose(@PathVariable long id, @RequestParam(defaultValue = "") String title,
                   @RequestParam(defaultValue = "") String description,
                   @RequestParam(defaultValue = "") String neighbourhood, Model model, Authentication citizen,
                   RedirectAttributes redirect) {
        try {
            budget.propose(id, title, description, neighbourhood, citizen.getName());
        } catch (BudgetRefused refused) {
            model.addAttribute("cycle", budget.cycle(id));
            model.addAttribute("typed", Map.of("title", title, "description", description, "neighbourhood", neighbourhood));
            model.addAttribute("error", message(refused));
            return "budget/propose";
        }
        redirect.addFlashAttribute("notice", "budget.proposed");
        return "redirect:/c/" + CurrentCommune.require().slug() + "/budget/" + id;
    }

    @GetMapping("/c/{commune}/budget/{id}/vote")
    String ballot(@PathVariable long id, Model model, Authentication citizen) {
        Optional<BudgetViews.Ballot> mine = budget.ballotOf(id, citizen.getName());
        return renderBallot(id, mine.map(BudgetViews.Ballot::projects).orElse(List.of()), mine, model, citizen);
    }

    @PostMapping("/c/{commune}/budget/{id}/vote")
    String vote(@PathVariable long id, @RequestParam(name = "project", required = false) List<Long> chosen,
                Model model, Authentication citizen, RedirectAttributes redirect) {
        List<Long> choices = chosen == null ? List.of() : new ArrayList<>(chosen);
        try {
            ParticipatoryBudget.CastOutcome outcome = budget.castOnline(id, citizen.getName(), choices);
            redirect.addFlashAttribute("notice", outcome == ParticipatoryBudget.CastOutcome.CAST
                    ? "budget.ballotCast" : "budget.ballotChanged");
        } catch (BudgetRefused refused) {
            model.addAttribute("error", message(refused));
            return renderBallot(id, choices, budget.ballotOf(id, citizen.getName()), model, citizen);
        }
        return "redirect:/c/" + CurrentCommune.require().slug() + "/budget/" + id + "/vote";
    }

    @GetMapping("/c/{commune}/budget/{id}/projects/{projectId}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long projectId, @PathVariable long photoId) {
        return budget.photo(id, projectId, photoId)
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(photo.contentType()))
                        .cacheControl(CacheControl.noCache())
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline().filename(photo.filename()).build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(photo.content()))
                .orElseThrow(BudgetNotFound::new);
    }

    private String renderBallot(long id, List<Long> chosen, Optional<BudgetViews.Ballot> mine, Model model,
                                Authentication citizen) {
        BudgetViews.Cycle cycle = budget.cycle(id);
        long chosenTotal = budget.totalOf(id, chosen);
        model.addAttribute("cycle", cycle);
        model.addAttribute("projects", budget.projects(id).stream()
                .filter(p -> p.status() == ProjectStatus.FEASIBLE).toList());
        model.addAttribute("chosen", chosen);
        model.addAttribute("chosenTotal", chosenTotal);
        model.addAttribute("remaining", cycle.budgetMad() - chosenTotal);
        model.addAttribute("ballot", mine.orElse(null));
        model.addAttribute("ineligible", budget.whyNotEligible(id, citizen.getName())
                .map(key -> messages.getMessage(key, new Object[]{String.valueOf(cycle.minAge())}, LocaleContextHolder.getLocale()))
                .orElse(null));
        return "budget/vote";
    }

    private String message(BudgetRefused refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
    }
}
