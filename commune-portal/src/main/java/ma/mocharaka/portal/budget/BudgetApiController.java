package ma.mocharaka.portal.budget;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * The participatory budget as JSON. Reading cycles and published results is public; a ballot needs a signed-in
 * verified resident (Keycloak token); every other write needs staff of this very commune (see PortalSecurity).
 * Refusals answer 409 with the message in the caller's language.
 */
@RestController
@RequestMapping("/c/{commune}/api/budget")
class BudgetApiController {

    private final ParticipatoryBudget budget;
    private final MessageSource messages;

    BudgetApiController(ParticipatoryBudget budget, MessageSource messages) {
        this.budget = budget;
        this.messages = messages;
    }

    record CycleWithProjects(BudgetViews.Cycle cycle, List<BudgetViews.Project> projects) {
    }

    record Choice(List<Long> projects) {
    }

    record PaperBallot(String cin, List<Long> projects) {
    }

    record Proposal(String title, String description, String neighbourhood) {
    }

    record Review(boolean feasible, Long costMad, String reason) {
    }

    record Progress(Integer progress) {
    }

    record Milestone(String title, LocalDate dueOn, LocalDate doneOn) {
    }

    @GetMapping("/cycles")
    List<BudgetViews.Cycle> cycles() {
        return budget.cycles();
    }

    @GetMapping("/cycles/{id}")
    CycleWithProjects cycle(@PathVariable long id) {
        return new CycleWithProjects(budget.cycle(id), budget.projects(id));
    }

    @GetMapping("/cycles/{id}/results")
    ResponseEntity<BudgetViews.Results> results(@PathVariable long id) {
        return budget.publishedResults(id).map(ResponseEntity::ok)
                .orElseThrow(() -> new BudgetRefused("budget.error.notPublished"));
    }

    @GetMapping("/cycles/{id}/ballot")
    ResponseEntity<BudgetViews.Ballot> myBallot(@PathVariable long id, Authentication citizen) {
        return budget.ballotOf(id, citizen.getName()).map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    /** Casts or changes the caller's ballot: 201 the first time, 200 for a change. */
    @PutMapping("/cycles/{id}/ballot")
    ResponseEntity<Map<String, Object>> vote(@PathVariable long id, @RequestBody Choice body, Authentication citizen) {
        ParticipatoryBudget.CastOutcome outcome = budget.castOnline(id, citizen.getName(),
                body == null || body.projects() == null ? List.of() : body.projects());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("outcome", outcome);
        return ResponseEntity.status(outcome == ParticipatoryBudget.CastOutcome.CAST ? HttpStatus.CREATED : HttpStatus.OK)
                .body(answer);
    }

    @PostMapping("/cycles")
    ResponseEntity<BudgetViews.Cycle> create(@RequestBody CycleForm form, Authentication staff) {
        BudgetViews.Cycle created = budget.createCycle(form, staff.getName());
        return ResponseEntity.created(URI.create("/c/" + CurrentCommune.require().slug() + "/api/budget/cycles/" + created.id()))
                .body(created);
    }

    @PutMapping("/cycles/{id}")
    BudgetViews.Cycle update(@PathVariable long id, @RequestBody CycleForm form, Authentication staff) {
        return budget.updateCycle(id, form, staff.getName());
    }

    @PostMapping("/cycles/{id}/proposals")
    ResponseEntity<BudgetViews.Project> proposal(@PathVariable long id, @RequestBody Proposal body, Authentication staff) {
        return ResponseEntity.status(HttpStatus.CREATED).body(
                budget.enterFromForum(id, body.title(), body.description(), body.neighbourhood(), staff.getName()));
    }

    @PostMapping("/cycles/{id}/projects/{projectId}/review")
    BudgetViews.Project review(@PathVariable long id, @PathVariable long projectId, @RequestBody Review body,
                               Authentication staff) {
        return budget.review(id, projectId, body.feasible(), body.costMad(), body.reason(), staff.getName());
    }

    @PostMapping("/cycles/{id}/paper-ballots")
    ResponseEntity<Map<String, Object>> paper(@PathVariable long id, @RequestBody PaperBallot body, Authentication staff) {
        budget.castPaper(id, body.cin(), body.projects() == null ? List.of() : body.projects(), staff.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("outcome", "CAST"));
    }

    @PostMapping("/cycles/{id}/results")
    BudgetViews.Results publish(@PathVariable long id, Authentication staff) {
        return budget.publishResults(id, staff.getName());
    }

    @PostMapping("/cycles/{id}/projects/{projectId}/progress")
    BudgetViews.Project progress(@PathVariable long id, @PathVariable long projectId, @RequestBody Progress body,
                                 Authentication staff) {
        if (body == null || body.progress() == null) {
            throw new BudgetRefused("budget.error.progress");
        }
        return budget.updateProgress(id, projectId, body.progress(), staff.getName());
    }

    @PostMapping("/cycles/{id}/projects/{projectId}/milestones")
    BudgetViews.Project milestone(@PathVariable long id, @PathVariable long projectId, @RequestBody Milestone body,
                                  Authentication staff) {
        return budget.addMilestone(id, projectId, body.title(), body.dueOn(), body.doneOn(), staff.getName());
    }

    @ExceptionHandler(BudgetRefused.class)
    ResponseEntity<Map<String, String>> refused(BudgetRefused refused) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", refused.messageKey(),
                "message", messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale())));
    }

    @ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Map<String, String>> concurrent() {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "budget.error.concurrent",
                "message", messages.getMessage("budget.error.concurrent", null, LocaleContextHolder.getLocale())));
    }
}
