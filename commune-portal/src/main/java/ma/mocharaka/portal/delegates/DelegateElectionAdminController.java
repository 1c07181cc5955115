package ma.mocharaka.portal.delegates;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.forums.Forums;

/** Staff prepare, open and close a forum's elections. Under /admin: staff of this commune only. */
@Controller
class DelegateElectionAdminController {

    private final DelegateElections elections;
    private final Forums forums;

    DelegateElectionAdminController(DelegateElections elections, Forums forums) {
        this.elections = elections;
        this.forums = forums;
    }

    @GetMapping("/c/{commune}/admin/forums/{forumId}/elections")
    String manage(@PathVariable long forumId, Model model) {
        fill(forumId, model);
        model.addAttribute("draft", ElectionDraft.empty());
        return "delegates/admin";
    }

    @PostMapping("/c/{commune}/admin/forums/{forumId}/elections")
    String prepare(@PathVariable long forumId, @Valid @ModelAttribute("draft") ElectionDraft draft, BindingResult errors,
                   Authentication staff, Model model, RedirectAttributes redirect) {
        if (draft.committee() != null && elections.committees().stream().noneMatch(c -> c.id() == draft.committee())) {
            errors.rejectValue("committee", "delegates.error.committee");
        }
        if (errors.hasErrors()) {
            fill(forumId, model);
            return "delegates/admin";
        }
        elections.prepare(forumId, draft, staff.getName());
        redirect.addFlashAttribute("done", "delegates.prepared");
        return redirectTo(forumId);
    }

    @PostMapping("/c/{commune}/admin/forums/{forumId}/elections/{electionId}/open")
    String open(@PathVariable long forumId, @PathVariable long electionId, Authentication staff,
                RedirectAttributes redirect) {
        elections.open(forumId, electionId, staff.getName());
        redirect.addFlashAttribute("done", "delegates.opened");
        return redirectTo(forumId);
    }

    @PostMapping("/c/{commune}/admin/forums/{forumId}/elections/{electionId}/close")
    String close(@PathVariable long forumId, @PathVariable long electionId, Authentication staff,
                 RedirectAttributes redirect) {
        elections.close(forumId, electionId, staff.getName());
        redirect.addFlashAttribute("done", "delegates.closed");
        return redirectTo(forumId);
    }

    /** Staff record the vote of someone admitted at the door without an account, who shows their door number. */
    @PostMapping("/c/{commune}/admin/forums/{forumId}/elections/{electionId}/walk-in-ballots")
    String walkInVote(@PathVariable long forumId, @PathVariable long electionId,
                      @RequestParam(required = false) Long doorNumber, @RequestParam(required = false) Long candidate,
                      Authentication staff, RedirectAttributes redirect) {
        BallotOutcome outcome;
        if (doorNumber == null) {
            outcome = BallotOutcome.UNKNOWN_DOOR_NUMBER;
        } else if (candidate == null) {
            outcome = BallotOutcome.UNKNOWN_CANDIDATE;
        } else {
            outcome = elections.recordWalkInVote(forumId, electionId, candidate, doorNumber, staff.getName());
        }
        redirect.addFlashAttribute("walkInOutcome", outcome);
        redirect.addFlashAttribute("walkInElection", electionId);
        if (outcome != BallotOutcome.CAST && doorNumber != null) {
            // Kept so staff see which number was refused and can correct it.
            redirect.addFlashAttribute("walkInDoorNumber", doorNumber);
        }
        return redirectTo(forumId);
    }

    private void fill(long forumId, Model model) {
        model.addAttribute("forum", forums.find(forumId));
        model.addAttribute("elections", elections.atForum(forumId, null));
        model.addAttribute("committees", elections.committees());
    }

    private static String redirectTo(long forumId) {
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/forums/" + forumId + "/elections";
    }
}
