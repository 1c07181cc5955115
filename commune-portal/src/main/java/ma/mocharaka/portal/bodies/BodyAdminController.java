package ma.mocharaka.portal.bodies;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/** Staff keep the bodies: create them, add members, record meetings, and carry opinions to publication. */
@Controller
class BodyAdminController {

    private final AdvisoryBodies bodies;
    private final MessageSource messages;

    BodyAdminController(AdvisoryBodies bodies, MessageSource messages) {
        this.bodies = bodies;
        this.messages = messages;
    }

    @GetMapping("/c/{commune}/admin/bodies")
    String list(Model model) {
        model.addAttribute("bodies", bodies.all());
        model.addAttribute("newBody", BodyForms.NewBody.empty());
        return "bodies/admin-list";
    }

    @PostMapping("/c/{commune}/admin/bodies")
    String create(@Valid @ModelAttribute("newBody") BodyForms.NewBody form, BindingResult errors, Authentication staff,
                  Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("bodies", bodies.all());
            return "bodies/admin-list";
        }
        long id = bodies.create(form.kind(), form.name(), form.mandate(), form.createdOn(), staff.getName());
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/bodies/" + id;
    }

    @GetMapping("/c/{commune}/admin/bodies/{id}")
    String manage(@PathVariable long id, Model model) {
        fill(id, model);
        return "bodies/admin";
    }

    @PostMapping("/c/{commune}/admin/bodies/{id}/members")
    String addMember(@PathVariable long id, @Valid @ModelAttribute("newMember") BodyForms.NewMember form,
                     BindingResult errors, Authentication staff, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            if (bodies.addMember(id, form.name(), form.role(), form.termStart(), form.termEnd(), staff.getName())) {
                return done(id, "bodies.memberAdded", redirect);
            }
            errors.reject("bodies.error.officeTaken");
        }
        fill(id, model);
        return "bodies/admin";
    }

    @PostMapping("/c/{commune}/admin/bodies/{id}/members/{memberId}/end")
    String endTerm(@PathVariable long id, @PathVariable long memberId,
                   @RequestParam(name = "endedOn", required = false) java.time.LocalDate endedOn, Authentication staff,
                   Model model, RedirectAttributes redirect) {
        if (endedOn != null && bodies.endTerm(id, memberId, endedOn, staff.getName())) {
            return done(id, "bodies.termEnded", redirect);
        }
        fill(id, model);
        model.addAttribute("failedMember", memberId);
        model.addAttribute("endError", endedOn == null ? "bodies.error.date" : "bodies.error.termEnd");
        return "bodies/admin";
    }

    @PostMapping("/c/{commune}/admin/bodies/{id}/meetings")
    String recordMeeting(@PathVariable long id, @Valid @ModelAttribute("newMeeting") BodyForms.NewMeeting form,
                         BindingResult errors, Authentication staff, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            fill(id, model);
            return "bodies/admin";
        }
        bodies.recordMeeting(id, form.heldOn(), form.title(), form.minutes(), staff.getName());
        return done(id, "bodies.meetingRecorded", redirect);
    }

    @PostMapping("/c/{commune}/admin/bodies/{id}/opinions")
    String draftOpinion(@PathVariable long id, @Valid @ModelAttribute("newOpinion") BodyForms.NewOpinion form,
                        BindingResult errors, Authentication staff, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            fill(id, model);
            return "bodies/admin";
        }
        bodies.draftOpinion(id, form.title(), form.text(), form.draftedOn(), staff.getName());
        return done(id, "bodies.opinionDrafted", redirect);
    }

    @PostMapping("/c/{commune}/admin/bodies/{id}/opinions/{opinionId}/{step:submit|answer|publish}")
    String step(@PathVariable long id, @PathVariable long opinionId, @PathVariable String step,
                @Valid @ModelAttribute("opinionStep") BodyForms.OpinionStep form, BindingResult errors,
                Authentication staff, Model model, Locale locale, RedirectAttributes redirect) {
        if (step.equals("answer") && form.answer() == null) {
            errors.rejectValue("answer", "bodies.error.answer");
        }
        if (step.equals("answer") && form.reasons().isEmpty()) {
            errors.rejectValue("reasonsAr", "bodies.error.reasons");
        }
        if (!errors.hasErrors()) {
            boolean changed = switch (step) {
                case "submit" -> bodies.submit(id, opinionId, form.on(), staff.getName());
                case "answer" -> bodies.recordAnswer(id, opinionId, form.answer(), form.reasons(), form.on(), staff.getName());
                default -> bodies.publish(id, opinionId, form.on(), staff.getName());
            };
            if (changed) {
                return done(id, "bodies.step." + step, redirect);
            }
            errors.reject("bodies.error.step");
        }
        // Back to the page with the reasons beside this opinion's form and what was typed still in it.
        fill(id, model);
        model.addAttribute("failedOpinion", opinionId);
        model.addAttribute("stepErrors", errors.getAllErrors().stream()
                .map(error -> messages.getMessage(error, locale)).toList());
        return "bodies/admin";
    }

    private void fill(long id, Model model) {
        model.addAttribute("body", bodies.find(id));
        model.addAttribute("facts", bodies.facts(id));
        if (!model.containsAttribute("newMember")) {
            model.addAttribute("newMember", BodyForms.NewMember.empty());
        }
        if (!model.containsAttribute("newMeeting")) {
            model.addAttribute("newMeeting", BodyForms.NewMeeting.empty());
        }
        if (!model.containsAttribute("newOpinion")) {
            model.addAttribute("newOpinion", BodyForms.NewOpinion.empty());
        }
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("answers", CouncilAnswer.values());
    }

    private static String done(long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", message);
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/bodies/" + id;
    }
}
