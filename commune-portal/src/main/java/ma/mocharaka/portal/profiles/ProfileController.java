package ma.mocharaka.portal.profiles;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.quota.WriteQuota;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.web.FormRecords;
import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;

/** The signed-in citizen's own profile in this commune; under /account, so signing in is required. */
@Controller
class ProfileController {

    private final CitizenProfiles profiles;

    ProfileController(CitizenProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/c/{commune}/account/profile")
    String profile(Authentication citizen, Model model) {
        model.addAttribute("profile", profiles.of(citizen.getName()));
        choices(model);
        return "profiles/profile";
    }

    @PostMapping("/c/{commune}/account/profile")
    @WriteQuota("citizen-profile")
    String save(@Valid @ModelAttribute("profile") ProfileForm typed, BindingResult binding, Authentication citizen,
                Model model, RedirectAttributes redirect, WebRequest request) {
        BindingResult errors = FormRecords.keepTyped("profile", typed, ProfileForm.class, binding, model, request);
        ProfileForm form = (ProfileForm) errors.getTarget();
        if (errors.hasErrors()) {
            choices(model);
            return "profiles/profile";
        }
        profiles.save(citizen.getName(), form);
        redirect.addFlashAttribute("done", "profile.saved");
        return redirect();
    }

    @PostMapping("/c/{commune}/account/profile/withdraw-consent")
    String withdraw(Authentication citizen, RedirectAttributes redirect) {
        profiles.withdrawInclusionConsent(citizen.getName());
        redirect.addFlashAttribute("done", "profile.withdrawn");
        return redirect();
    }

    private static void choices(Model model) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ageBands", AgeBand.values());
    }

    private static String redirect() {
        return "redirect:/c/" + CurrentCommune.require().slug() + "/account/profile";
    }
}
