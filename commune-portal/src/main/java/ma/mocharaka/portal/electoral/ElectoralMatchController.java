package ma.mocharaka.portal.electoral;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.residence.ResidenceVerification;

/** A signed-in citizen verifies their residence by matching the electoral list; under /account, so signed in. */
@Controller
class ElectoralMatchController {

    private final ElectoralLists lists;
    private final ResidenceVerification residence;

    ElectoralMatchController(ElectoralLists lists, ResidenceVerification residence) {
        this.lists = lists;
        this.residence = residence;
    }

    @GetMapping("/c/{commune}/account/residence")
    String page(Authentication citizen, Model model) {
        return show(citizen, model, "", "");
    }

    @PostMapping("/c/{commune}/account/residence")
    String match(@RequestParam(defaultValue = "") String cin, @RequestParam(defaultValue = "") String fullName,
                 Authentication citizen, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ElectoralLists.MatchOutcome outcome = lists.match(citizen.getName(), cin, fullName);
        if (outcome == ElectoralLists.MatchOutcome.VERIFIED) {
            redirect.addFlashAttribute("done", "electoral.match.verified");
            return "redirect:/c/" + CurrentCommune.require().slug() + "/account/residence";
        }
        response.setStatus(outcome == ElectoralLists.MatchOutcome.TOO_MANY_ATTEMPTS ? 429 : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", "electoral.match." + outcome.name());
        // What was typed comes back, the card number included: it is only echoed to its owner, never stored.
        return show(citizen, model, cin, fullName);
    }

    private String show(Authentication citizen, Model model, String cin, String fullName) {
        model.addAttribute("verifiedLast3", residence.fingerprintOf(citizen.getName())
                .map(fingerprint -> fingerprint.lastThree()).orElse(null));
        model.addAttribute("listed", lists.size() > 0);
        model.addAttribute("cin", cin);
        model.addAttribute("fullName", fullName);
        model.addAttribute("attempts", ElectoralLists.ATTEMPTS_PER_DAY);
        return "electoral/match";
    }
}
