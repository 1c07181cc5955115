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

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ma.mocharaka.platform.files.UploadCheck;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.files.CommuneFiles;
import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;

/** Staff at the door: the registration list, the check-in form, and the running counts. Under /admin, staff only. */
@Controller
class ForumAdminController {

    private final Forums forums;
    private final CommuneFiles files;

    ForumAdminController(Forums forums, CommuneFiles files) {
        this.forums = forums;
        this.files = files;
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
        Forums.Admission admission = forums.admit(id, Optional.ofNullable(form.registrationNumber()), form.answers(),
                staff.getName());
        CheckInOutcome outcome = admission.outcome();
        if (outcome == CheckInOutcome.UNKNOWN_REGISTRATION) {
            errors.rejectValue("registrationNumber", "forums.checkIn.UNKNOWN_REGISTRATION");
            fillDoor(id, model);
            return "forums/door";
        }
        redirect.addFlashAttribute("outcome", outcome);
        if (outcome == CheckInOutcome.CHECKED_IN && form.registrationNumber() == null) {
            // Someone without an account: the door number is what they show when staff record their vote.
            redirect.addFlashAttribute("doorNumber", admission.doorNumber());
        }
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/forums/" + id + "/door";
    }

    /** One forum for staff: correct or cancel the announcement before it starts, enter its results afterwards. */
    @GetMapping("/c/{commune}/admin/forums/{id}")
    String manage(@PathVariable long id, Model model) {
        ForumView forum = forums.find(id);
        model.addAttribute("forum", forum);
        model.addAttribute("revisable", forums.isRevisable(forum));
        model.addAttribute("acceptsResults", forums.acceptsResults(forum));
        model.addAttribute("results", forums.results(id));
        model.addAttribute("kinds", ForumKind.values());
        if (!model.containsAttribute("schedule")) {
            model.addAttribute("schedule", ForumScheduleForm.of(forum));
        }
        if (!model.containsAttribute("cancellation")) {
            model.addAttribute("cancellation", ForumResultForms.Cancellation.empty());
        }
        if (!model.containsAttribute("proposal")) {
            model.addAttribute("proposal", ForumResultForms.Proposal.empty());
        }
        return "forums/admin";
    }

    @PostMapping("/c/{commune}/admin/forums/{id}")
    String revise(@PathVariable long id, @Valid @ModelAttribute("schedule") ForumScheduleForm form, BindingResult errors,
                  Authentication staff, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return manage(id, model);
        }
        return outcome(id, forums.revise(id, form.toDraft(), staff.getName()), "forums.revised", errors, model, redirect);
    }

    @PostMapping("/c/{commune}/admin/forums/{id}/cancellation")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("cancellation") ForumResultForms.Cancellation form,
                  BindingResult errors, Authentication staff, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return manage(id, model);
        }
        return outcome(id, forums.cancel(id, form.reason(), staff.getName()), "forums.cancelled", errors, model, redirect);
    }

    @PostMapping("/c/{commune}/admin/forums/{id}/proposals")
    String addProposal(@PathVariable long id, @Valid @ModelAttribute("proposal") ForumResultForms.Proposal form,
                       BindingResult errors, Authentication staff, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return manage(id, model);
        }
        return outcome(id, forums.addProposal(id, form.text(), form.theme(), staff.getName()), "forums.proposalAdded",
                errors, model, redirect);
    }

    @PostMapping("/c/{commune}/admin/forums/{id}/proposals/{proposalId}/removal")
    String removeProposal(@PathVariable long id, @PathVariable long proposalId, Authentication staff,
                          RedirectAttributes redirect) {
        if (!forums.removeProposal(id, proposalId, staff.getName())) {
            throw new ForumNotFoundException(proposalId);
        }
        redirect.addFlashAttribute("done", "forums.proposalRemoved");
        return redirectToManage(id);
    }

    @PostMapping("/c/{commune}/admin/forums/{id}/documents")
    String attachDocument(@PathVariable long id, @RequestParam(name = "document", required = false) MultipartFile document,
                          Authentication staff, Model model, RedirectAttributes redirect) {
        Optional<String> problem = document == null ? Optional.of("files.error.empty")
                : files.problemWith(document, UploadCheck.DOCUMENTS);
        if (problem.isPresent()) {
            model.addAttribute("documentError", problem.get());
            model.addAttribute("documentName", document == null ? "" : document.getOriginalFilename());
            model.addAttribute("maxMegabytes", UploadCheck.MAX_MEGABYTES);
            return manage(id, model);
        }
        RevisionOutcome outcome = forums.attachDocument(id, document, staff.getName());
        if (outcome != RevisionOutcome.DONE) {
            model.addAttribute("refusal", "forums.revision." + outcome);
            return manage(id, model);
        }
        redirect.addFlashAttribute("done", "forums.documentAdded");
        return redirectToManage(id);
    }

    @PostMapping("/c/{commune}/admin/forums/{id}/documents/{fileId}/removal")
    String removeDocument(@PathVariable long id, @PathVariable long fileId, Authentication staff,
                          RedirectAttributes redirect) {
        if (!forums.removeDocument(id, fileId, staff.getName())) {
            throw new ForumNotFoundException(fileId);
        }
        redirect.addFlashAttribute("done", "forums.documentRemoved");
        return redirectToManage(id);
    }

    private String outcome(long id, RevisionOutcome outcome, String doneMessage, BindingResult errors, Model model,
                           RedirectAttributes redirect) {
        if (outcome != RevisionOutcome.DONE) {
            // Refused by a rule of the forum's state: the page says why and keeps what was typed.
            model.addAttribute("refusal", "forums.revision." + outcome);
            return manage(id, model);
        }
        redirect.addFlashAttribute("done", doneMessage);
        return redirectToManage(id);
    }

    private static String redirectToManage(long id) {
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/forums/" + id;
    }

    private void fillDoor(long id, Model model) {
        model.addAttribute("forum", forums.find(id));
        model.addAttribute("doorList", forums.doorList(id));
        model.addAttribute("facts", forums.facts(id));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("ageBands", AgeBand.values());
    }
}
