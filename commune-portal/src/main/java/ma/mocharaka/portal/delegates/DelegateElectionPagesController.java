package ma.mocharaka.portal.delegates;

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
import ma.mocharaka.portal.forums.Forums;

/** The room's view of a forum's delegate elections: candidates, the ballot for attendees, results once closed. */
@Controller
class DelegateElectionPagesController {

    private final DelegateElections elections;
    private final Forums forums;

    DelegateElectionPagesController(DelegateElections elections, Forums forums) {
        this.elections = elections;
        this.forums = forums;
    }

    @GetMapping("/c/{commune}/forums/{forumId}/elections")
    String elections(@PathVariable long forumId, Authentication user, Model model) {
        String viewer = user != null && user.isAuthenticated() ? user.getName() : null;
        model.addAttribute("forum", forums.find(forumId));
        model.addAttribute("elections", elections.atForum(forumId, viewer));
        model.addAttribute("attendee", viewer != null && forums.attended(forumId, viewer));
        return "delegates/elections";
    }

    /** Where "sign in to vote" points: security takes the attendee through Keycloak and back here. */
    @GetMapping("/c/{commune}/forums/{forumId}/elections/sign-in")
    String signIn(@PathVariable long forumId) {
        return redirectTo(forumId);
    }

    @PostMapping("/c/{commune}/forums/{forumId}/elections/{electionId}/ballot")
    @WriteQuota("delegate-ballot")
    String vote(@PathVariable long forumId, @PathVariable long electionId,
                @RequestParam(required = false) Long candidate, Authentication voter, RedirectAttributes redirect) {
        BallotOutcome outcome = candidate == null ? BallotOutcome.UNKNOWN_CANDIDATE
                : elections.vote(forumId, electionId, candidate, voter.getName());
        redirect.addFlashAttribute("outcome", outcome);
        redirect.addFlashAttribute("outcomeElection", electionId);
        return redirectTo(forumId);
    }

    private static String redirectTo(long forumId) {
        return "redirect:/c/" + CurrentCommune.require().slug() + "/forums/" + forumId + "/elections";
    }
}
