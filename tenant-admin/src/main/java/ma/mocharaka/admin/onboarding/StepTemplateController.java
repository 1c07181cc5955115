package ma.mocharaka.admin.onboarding;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.audit.AuditTrail;

/** Program admins edit the ordered onboarding steps of a program; analysts see them. */
@Controller
class StepTemplateController {

    private final StepTemplates templates;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    StepTemplateController(StepTemplates templates, JdbcClient jdbc, AuditTrail audit) {
        this.templates = templates;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @GetMapping("/programs/{code}/steps")
    String list(@PathVariable String code, Model model) {
        return page(model, code, new StepNames("", "", "", "", ""));
    }

    @PostMapping("/programs/{code}/steps")
    String add(@PathVariable String code, @Valid @ModelAttribute("step") StepNames names, BindingResult errors,
               Model model, Authentication user) {
        long programId = programId(code);
        if (names.code() == null || names.code().isBlank()) {
            errors.rejectValue("code", "NotBlank");
        } else if (!errors.hasFieldErrors("code") && templates.codeTaken(programId, names.code())) {
            errors.rejectValue("code", "template.error.codeTaken");
        }
        if (errors.hasErrors()) {
            return page(model, code, names);
        }
        templates.append(programId, names);
        audit.record(user.getName(), null, "template.add", "program/" + code + "/" + names.code(), null,
                names.toString());
        return "redirect:/programs/" + code + "/steps";
    }

    @PostMapping("/programs/{code}/steps/{id}")
    String rename(@PathVariable String code, @PathVariable long id, @Valid @ModelAttribute("rename") StepNames names,
                  BindingResult errors, RedirectAttributes redirect, Authentication user) {
        long programId = programId(code);
        StepTemplates.TemplateStep before = templates.find(programId, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (errors.hasFieldErrors("nameAr") || errors.hasFieldErrors("nameFr") || errors.hasFieldErrors("nameZgh")
                || errors.hasFieldErrors("nameEn")) {
            redirect.addFlashAttribute("renameError", before.code());
            return "redirect:/programs/" + code + "/steps";
        }
        templates.rename(id, names);
        audit.record(user.getName(), null, "template.rename", "program/" + code + "/" + before.code(),
                before.auditState(), templates.find(programId, id).orElseThrow().auditState());
        return "redirect:/programs/" + code + "/steps";
    }

    @PostMapping("/programs/{code}/steps/{id}/move")
    String move(@PathVariable String code, @PathVariable long id, @RequestParam String direction,
                Authentication user) {
        long programId = programId(code);
        StepTemplates.TemplateStep before = templates.find(programId, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        templates.move(programId, id, "up".equals(direction));
        audit.record(user.getName(), null, "template.move", "program/" + code + "/" + before.code(),
                before.auditState(), templates.find(programId, id).orElseThrow().auditState());
        return "redirect:/programs/" + code + "/steps";
    }

    @PostMapping("/programs/{code}/steps/{id}/delete")
    String remove(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect,
                  Authentication user) {
        StepTemplates.TemplateStep before = templates.find(programId(code), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (templates.remove(id)) {
            audit.record(user.getName(), null, "template.remove", "program/" + code + "/" + before.code(),
                    before.auditState(), null);
        } else {
            redirect.addFlashAttribute("removeRefused", before.code());
        }
        return "redirect:/programs/" + code + "/steps";
    }

    private String page(Model model, String code, StepNames step) {
        long programId = programId(code);
        model.addAttribute("programCode", code);
        model.addAttribute("programName", jdbc.sql(
                        "SELECT name_ar, name_fr, name_zgh, name_en FROM platform.program WHERE id = ?")
                .param(programId)
                .query((rs, row) -> ma.mocharaka.platform.i18n.LocalizedText.of(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .single());
        model.addAttribute("steps", templates.of(programId));
        model.addAttribute("step", step);
        return "programs/steps";
    }

    private long programId(String code) {
        return jdbc.sql("SELECT id FROM platform.program WHERE code = ?").param(code).query(Long.class).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
