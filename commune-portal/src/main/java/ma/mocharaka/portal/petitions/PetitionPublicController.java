package ma.mocharaka.portal.petitions;

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

/** The public tracker: every petition, its signatures against the threshold, its history; and signing. */
@Controller
class PetitionPublicController {

    private final Petitions petitions;

    PetitionPublicController(Petitions petitions) {
        this.petitions = petitions;
    }

    @GetMapping("/c/{commune}/petitions")
    String list(Model model) {
        model.addAttribute("petitions", petitions.all());
        model.addAttribute("threshold", petitions.threshold());
        return "petitions/list";
    }

    @GetMapping("/c/{commune}/petitions/{id}")
    String detail(@PathVariable long id, Model model, Authentication user) {
        model.addAttribute("petition", petitions.find(id));
        model.addAttribute("signed", user != null && user.isAuthenticated() && petitions.hasSigned(id, user.getName()));
        return "petitions/detail";
    }

    @GetMapping("/c/{commune}/petitions/{id}/sign")
    String signPage(@PathVariable long id, Model model, Authentication user) {
        model.addAttribute("petition", petitions.find(id));
        model.addAttribute("signed", petitions.hasSigned(id, user.getName()));
        model.addAttribute("verified", petitions.isVerified(user.getName()));
        return "petitions/sign";
    }

    @PostMapping("/c/{commune}/petitions/{id}/sign")
    @WriteQuota("petition-signature")
    String sign(@PathVariable long id, @RequestParam(defaultValue = "false") boolean declaration, Model model,
                Authentication user, RedirectAttributes redirect) {
        PetitionView petition = petitions.find(id);
        if (!declaration) {
            model.addAttribute("petition", petition);
            model.addAttribute("signed", false);
            model.addAttribute("verified", petitions.isVerified(user.getName()));
            model.addAttribute("error", "petition.error.declaration");
            return "petitions/sign";
        }
        try {
            Petitions.SignOutcome outcome = petitions.signOnline(id, user.getName());
            redirect.addFlashAttribute("notice", outcome == Petitions.SignOutcome.SIGNED
                    ? "petition.signed" : "petition.alreadySigned");
        } catch (PetitionRefused refused) {
            model.addAttribute("petition", petition);
            model.addAttribute("signed", false);
            model.addAttribute("verified", petitions.isVerified(user.getName()));
            model.addAttribute("error", refused.messageKey());
            return "petitions/sign";
        }
        return "redirect:/c/" + CurrentCommune.require().slug() + "/petitions/" + id;
    }
}
