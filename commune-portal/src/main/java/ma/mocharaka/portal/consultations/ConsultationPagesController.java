package ma.mocharaka.portal.consultations;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.quota.WriteQuota;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** The public side: drafts, their sections, and citizens' comments, proposals and supports. */
@Controller
class ConsultationPagesController {

    private final Consultations consultations;
    private final MessageSource messages;

    ConsultationPagesController(Consultations consultations, MessageSource messages) {
        this.consultations = consultations;
        this.messages = messages;
    }

    @GetMapping("/c/{commune}/consultations")
    String list(Model model) {
        model.addAttribute("consultations", consultations.all());
        return "consultations/list";
    }

    @GetMapping("/c/{commune}/consultations/{id}")
    String consultation(@PathVariable long id, Authentication user, Model model) {
        model.addAttribute("consultation", consultations.find(id, viewer(user)));
        return "consultations/consultation";
    }

    /** Where "sign in to take part" points: security sends the citizen through Keycloak, then back here. */
    @GetMapping("/c/{commune}/consultations/{id}/sign-in")
    String signIn(@PathVariable long id) {
        return redirectTo(id, null);
    }

    @PostMapping("/c/{commune}/consultations/{id}/sections/{sectionId}/contributions")
    @WriteQuota("consultation-contribution")
    String contribute(@PathVariable long id, @PathVariable long sectionId,
                      @Valid @ModelAttribute("contribution") ContributionForm form, BindingResult errors,
                      Authentication author, Model model, Locale locale, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            // The page comes back with the error beside this section's form and the typed text still in it.
            model.addAttribute("consultation", consultations.find(id, viewer(author)));
            model.addAttribute("failedSection", sectionId);
            model.addAttribute("contributionErrors", errors.getAllErrors().stream()
                    .map(error -> messages.getMessage(error, locale)).toList());
            return "consultations/consultation";
        }
        redirect.addFlashAttribute("outcome", consultations.contribute(id, sectionId, form.kind(), form.body(),
                author.getName()));
        return redirectTo(id, "section-" + sectionId);
    }

    @PostMapping("/c/{commune}/consultations/{id}/contributions/{contributionId}/support")
    @WriteQuota("consultation-support")
    String support(@PathVariable long id, @PathVariable long contributionId, Authentication supporter,
                   RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcome", consultations.support(id, contributionId, supporter.getName()));
        return redirectTo(id, "contribution-" + contributionId);
    }

    private static String viewer(Authentication user) {
        return user != null && user.isAuthenticated() ? user.getName() : null;
    }

    private static String redirectTo(long id, String anchor) {
        return "redirect:/c/" + CurrentCommune.require().slug() + "/consultations/" + id
                + (anchor == null ? "" : "#" + anchor);
    }
}
