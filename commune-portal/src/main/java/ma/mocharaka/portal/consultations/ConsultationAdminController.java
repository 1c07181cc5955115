package ma.mocharaka.portal.consultations;

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

/** Staff moderate contributions, publish the synthesis and record the council's approval. Staff of this commune only. */
@Controller
class ConsultationAdminController {

    private final Consultations consultations;

    ConsultationAdminController(Consultations consultations) {
        this.consultations = consultations;
    }

    @GetMapping("/c/{commune}/admin/consultations")
    String list(Model model) {
        model.addAttribute("consultations", consultations.all());
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", ConsultationDraftForm.empty());
        }
        model.addAttribute("documentKinds", DocumentKind.values());
        return "consultations/admin-list";
    }

    @PostMapping("/c/{commune}/admin/consultations")
    String publish(@Valid @ModelAttribute("draft") ConsultationDraftForm form, BindingResult errors,
                   Authentication staff, Model model) {
        if (errors.hasErrors()) {
            return list(model);
        }
        long id = consultations.publish(form.toDraft(), staff.getName());
        return redirectTo(id);
    }

    @GetMapping("/c/{commune}/admin/consultations/{id}")
    String manage(@PathVariable long id, Model model) {
        fill(id, model);
        return "consultations/admin";
    }

    @PostMapping("/c/{commune}/admin/consultations/{id}/contributions/{contributionId}/hide")
    String hide(@PathVariable long id, @PathVariable long contributionId,
                @Valid @ModelAttribute("moderation") ModerationForm form, BindingResult errors,
                Authentication moderator, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            fill(id, model);
            model.addAttribute("moderation", form);
            model.addAttribute("failedContribution", contributionId);
            return "consultations/admin";
        }
        consultations.hide(id, contributionId, form.reason(), moderator.getName());
        redirect.addFlashAttribute("done", "consultations.hidden");
        return redirectTo(id);
    }

    @PostMapping("/c/{commune}/admin/consultations/{id}/synthesis")
    String synthesis(@PathVariable long id, @Valid @ModelAttribute("synthesis") SynthesisForm form, BindingResult errors,
                     Authentication staff, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            StepOutcome outcome = consultations.publishSynthesis(id, form.text(), staff.getName());
            if (outcome == StepOutcome.DONE) {
                redirect.addFlashAttribute("done", "consultations.synthesised");
                return redirectTo(id);
            }
            errors.reject("consultations.step." + outcome);
        }
        fill(id, model);
        model.addAttribute("synthesis", form);
        return "consultations/admin";
    }

    @PostMapping("/c/{commune}/admin/consultations/{id}/approval")
    String approval(@PathVariable long id, @Valid @ModelAttribute("approval") ApprovalForm form, BindingResult errors,
                    Authentication staff, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            StepOutcome outcome = consultations.recordApproval(id, form.approvedOn(), form.text(), staff.getName());
            if (outcome == StepOutcome.DONE) {
                redirect.addFlashAttribute("done", "consultations.approved");
                return redirectTo(id);
            }
            errors.reject("consultations.step." + outcome);
        }
        fill(id, model);
        model.addAttribute("approval", form);
        return "consultations/admin";
    }

    /** Correcting a published consultation: everything while upcoming, only summary and closing day once open. */
    @GetMapping("/c/{commune}/admin/consultations/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ConsultationView consultation = consultations.find(id, null);
        model.addAttribute("consultation", consultation);
        model.addAttribute("documentKinds", DocumentKind.values());
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", ConsultationDraftForm.of(consultation));
        }
        if (!model.containsAttribute("openRevision")) {
            model.addAttribute("openRevision", OpenRevisionForm.of(consultation));
        }
        return "consultations/edit";
    }

    @PostMapping("/c/{commune}/admin/consultations/{id}/edit")
    String revise(@PathVariable long id, @Valid @ModelAttribute("draft") ConsultationDraftForm form,
                  BindingResult errors, Authentication staff, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            RevisionOutcome outcome = consultations.revise(id, form.toDraft(), staff.getName());
            if (outcome == RevisionOutcome.DONE) {
                redirect.addFlashAttribute("done", "consultations.revised");
                return redirectTo(id);
            }
            errors.reject("consultations.revision." + outcome);
        }
        return edit(id, model);
    }

    @PostMapping("/c/{commune}/admin/consultations/{id}/window")
    String reviseWhileOpen(@PathVariable long id, @Valid @ModelAttribute("openRevision") OpenRevisionForm form,
                           BindingResult errors, Authentication staff, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            RevisionOutcome outcome = consultations.reviseWhileOpen(id, form.summary(), form.closesOn(),
                    staff.getName());
            if (outcome == RevisionOutcome.DONE) {
                redirect.addFlashAttribute("done", "consultations.revised");
                return redirectTo(id);
            }
            errors.reject("consultations.revision." + outcome);
        }
        return edit(id, model);
    }

    private void fill(long id, Model model) {
        model.addAttribute("consultation", consultations.find(id, null));
        model.addAttribute("facts", consultations.facts(id));
        if (!model.containsAttribute("synthesis")) {
            model.addAttribute("synthesis", SynthesisForm.empty());
        }
        if (!model.containsAttribute("approval")) {
            model.addAttribute("approval", ApprovalForm.empty());
        }
        if (!model.containsAttribute("moderation")) {
            model.addAttribute("moderation", new ModerationForm(null));
        }
    }

    private static String redirectTo(long id) {
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/consultations/" + id;
    }
}
