package ma.mocharaka.admin.milestones;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Adding, editing and removing milestones. A program's own milestones are the office's (AdminSecurity lets only
 * program admins post under /programs); a commune's are also its focal point's, and a milestone is only ever
 * looked up within the commune of the address, so another commune's id leads nowhere.
 */
@Controller
class MilestonesController {

    private final Milestones milestones;
    
    MilestonesController(Milestones milestones) {
        this.milestones = milestones;
    }

    @GetMapping("/programs/{code}/milestones/new")
    String newProgramMilestone(@PathVariable String code, Model model) {
        Milestones.ProgramRef program = program(code);
        return form(model, program, null, null, MilestoneForm.empty(code));
    }

    @PostMapping("/programs/{code}/milestones")
    String createProgramMilestone(@PathVariable String code, @Valid @ModelAttribute("milestone") MilestoneForm form,
                                  BindingResult errors, Model model, Authentication user,
                                  RedirectAttributes redirect, Locale locale) {
        Milestones.ProgramRef program = program(code);
        return save(program, null, null, form, errors, model, user, redirect, locale);
    }

    @GetMapping("/programs/{code}/milestones/{id}")
    String editProgramMilestone(@PathVariable String code, @PathVariable long id, Model model) {
        Milestone milestone = programMilestone(code, id);
        return form(model, program(code), null, milestone, MilestoneForm.of(milestone));
    }

    @PostMapping("/programs/{code}/milestones/{id}")
    String updateProgramMilestone(@PathVariable String code, @PathVariable long id,
                                  @Valid @ModelAttribute("milestone") MilestoneForm form, BindingResult errors,
                                  Model model, Authentication user, RedirectAttributes redirect, Locale locale) {
        return save(program(code), null, programMilestone(code, id), form, errors, model, user, redirect, locale);
    }

    @PostMapping("/programs/{code}/milestones/{id}/delete")
    String deleteProgramMilestone(@PathVariable String code, @PathVariable long id, Authentication user,
                                  RedirectAttributes redirect, Locale locale) {
        Milestone milestone = programMilestone(code, id);
        milestones.delete(milestone, user.getName());
        redirect.addFlashAttribute("milestoneDeleted", milestone.title().in(locale));
        return "redirect:/programs/" + code + "#milestones-title";
    }

    @GetMapping("/communes/{slug}/milestones/new")
    String newCommuneMilestone(Model model) {
        Commune commune = CurrentCommune.require();
        List<Milestones.ProgramRef> enrolled = milestones.programsOf(commune);
        return form(model, null, commune, null,
                MilestoneForm.empty(enrolled.isEmpty() ? null : enrolled.getFirst().code()));
    }

    @PostMapping("/communes/{slug}/milestones")
    String createCommuneMilestone(@Valid @ModelAttribute("milestone") MilestoneForm form, BindingResult errors,
                                  Model model, Authentication user, RedirectAttributes redirect, Locale locale) {
        Commune commune = CurrentCommune.require();
        Milestones.ProgramRef program = form.program() == null ? null : milestones.program(form.program()).orElse(null);
        return save(program, commune, null, form, errors, model, user, redirect, locale);
    }

    @GetMapping("/communes/{slug}/milestones/{id}")
    String editCommuneMilestone(@PathVariable long id, Model model) {
        Milestone milestone = communeMilestone(id);
        return form(model, null, CurrentCommune.require(), milestone, MilestoneForm.of(milestone));
    }

    @PostMapping("/communes/{slug}/milestones/{id}")
    String updateCommuneMilestone(@PathVariable long id, @Valid @ModelAttribute("milestone") MilestoneForm form,
                                  BindingResult errors, Model model, Authentication user,
                                  RedirectAttributes redirect, Locale locale) {
        Milestone milestone = communeMilestone(id);
        Milestones.ProgramRef program = form.program() == null ? null : milestones.program(form.program()).orElse(null);
        return save(program, CurrentCommune.require(), milestone, form, errors, model, user, redirect, locale);
    }

    @PostMapping("/communes/{slug}/milestones/{id}/delete")
    String deleteCommuneMilestone(@PathVariable long id, Authentication user, RedirectAttributes redirect,
                                  Locale locale) {
        Milestone milestone = communeMilestone(id);
        milestones.delete(milestone, user.getName());
        redirect.addFlashAttribute("milestoneDeleted", milestone.title().in(locale));
        return "redirect:/communes/" + milestone.communeSlug() + "#milestones-title";
    }

    private String save(Milestones.ProgramRef program, Commune commune, Milestone existing, MilestoneForm form,
                        BindingResult errors, Model model, Authentication user, RedirectAttributes redirect,
                        Locale locale) {
        if (!errors.hasErrors()) {
            milestones.check(form, commune).forEach(problem -> errors.rejectValue(problem.field(), problem.code()));
        }
        if (!errors.hasErrors()) {
            try {
                Milestone saved = existing == null
                        ? milestones.create(program, commune, form, user.getName())
                        : milestones.update(existing, commune, form, user.getName());
                redirect.addFlashAttribute("milestoneSaved", saved.title().in(locale));
                return commune == null ? "redirect:/programs/" + saved.programCode() + "#milestones-title"
                        : "redirect:/communes/" + commune.slug() + "#milestones-title";
            } catch (Milestones.DuplicateMilestoneException e) {
                errors.rejectValue("titleFr", "milestone.error.duplicate");
            }
        }
        return form(model, commune == null ? program : null, commune, existing, form);
    }

    private String form(Model model, Milestones.ProgramRef program, Commune commune, Milestone existing, MilestoneForm form) {
        // Re-adding the bound form would drop its BindingResult (and with it the errors and what was typed).
        if (!model.containsAttribute("milestone")) {
            model.addAttribute("milestone", form);
        }
        model.addAttribute("existing", existing);
        model.addAttribute("program", program);
        model.addAttribute("subject", commune);
        if (commune != null) {
            model.addAttribute("programChoices", milestones.programsOf(commune));
        }
        return "milestones/form";
    }

    private Milestones.ProgramRef program(String code) {
        return milestones.program(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Milestone programMilestone(String code, long id) {
        return milestones.ofProgram(code, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Milestone communeMilestone(long id) {
        return milestones.ofCommune(CurrentCommune.require().id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
