package ma.mocharaka.portal.forums;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;

/** Staff at the door: the registration list, the check-in form, and the running counts. Under /admin, staff only. */
@Controller
class ForumAdminController {

    private final Forums forums;

    ForumAdminController(Forums forums) {
        this.forums = forums;
    }

    @GetMapping("/c/{commune}/admin/forums")
    String list(Model model) {
        List<ForumView> all = new ArrayList<>(forums.current());
        all.addAll(forums.past());
        model.addAttribute("forums", all);
        if (!model.containsAttribute("schedule")) {
            model.addAttribute("schedule", ForumScheduleForm.empty());
        }
        model.addAttribute("kinds", ForumKind.values());
        return "forums/admin-list";
    }

    @PostMapping("/c/{commune}/admin/forums")
    String schedule(@Valid @ModelAttribute("schedule") ForumScheduleForm form, BindingResult errors,
                    Authentication staff, Model model) {
        if (errors.hasErrors()) {
            return list(model);
        }
        ForumView forum = forums.schedule(form.toDraft(), staff.getName());
        return "redirect:/c/" + CurrentCommune.require().slug() + "/forums/" + forum.id();
    }

    @GetMapping("/c/{commune}/admin/forums/{id}/door")
    String door(@PathVariable long id, Model model) {
        fillDoor(id, model);
        model.addAttribute("checkIn", CheckInForm.empty());
        return "forums/door";
    }

    @PostMapping("/c/{commune}/admin/forums/{id}/attendance")
    String checkIn(@PathVariable long id, @Valid @ModelAttribute("checkIn") CheckInForm form, BindingResult errors,
                   Authentication staff, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            fillDoor(id, model);
            return "forums/door";
        }
        CheckInOutcome outcome = forums.checkIn(id, Optional.ofNullable(form.registrationNumber()), form.answers(),
                staff.getName());
        if (outcome == CheckInOutcome.UNKNOWN_REGISTRATION) {
            errors.rejectValue("registrationNumber", "forums.checkIn.UNKNOWN_REGISTRATION");
            fillDoor(id, model);
            return "forums/door";
        }
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/forums/" + id + "/door";
    }

    private void fillDoor(long id, Model model) {
        model.addAttribute("forum", forums.find(id));
        model.addAttribute("doorList", forums.doorList(id));
        model.addAttribute("facts", forums.facts(id));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ageBands", AgeBand.values());
    }
}
