package ma.mocharaka.portal.petitions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import ma.mocharaka.portal.residence.ResidenceRefused;
import ma.mocharaka.portal.residence.ResidenceVerification;

/**
 * The staff side: draft petitions for committees, verify residents at the office, type paper sheets, record
 * submission, the bureau's admissibility decision and the council's decision. A refused step re-renders the page
 * with what staff typed still in the form.
 */
@Controller
class PetitionAdminController {

    private final Petitions petitions;
    private final ResidenceVerification residence;
    private final MessageSource messages;

    PetitionAdminController(Petitions petitions, ResidenceVerification residence, MessageSource messages) {
        this.petitions = petitions;
        this.residence = residence;
        this.messages = messages;
    }

    @GetMapping("/c/{commune}/admin/petitions")
    String overview(Model model) {
        return renderOverview(model, PetitionDraft.empty());
    }

    @PostMapping("/c/{commune}/admin/petitions")
    String draft(@Valid @ModelAttribute("draft") PetitionDraft draft, BindingResult errors, Model model,
                 Authentication staff, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return renderOverview(model, draft);
        }
        try {
            PetitionView created = petitions.draft(draft, staff.getName(), petitions.today());
            redirect.addFlashAttribute("notice", "petition.drafted");
            return "redirect:" + base() + "/" + created.id();
        } catch (PetitionRefused refused) {
            model.addAttribute("error", message(refused.messageKey(), refused.arguments()));
            return renderOverview(model, draft);
        }
    }

    @PostMapping("/c/{commune}/admin/petitions/threshold")
    String threshold(@RequestParam(required = false) String threshold, Model model, Authentication staff,
                     RedirectAttributes redirect) {
        try {
            Integer value = threshold == null || threshold.isBlank() ? null : Integer.valueOf(threshold.strip());
            petitions.setThreshold(value, staff.getName());
        } catch (NumberFormatException | PetitionRefused refused) {
            model.addAttribute("error", message("petition.error.threshold"));
            model.addAttribute("typedThreshold", threshold);
            return renderOverview(model, PetitionDraft.empty());
        }
        redirect.addFlashAttribute("notice", "petition.thresholdSaved");
        return "redirect:" + base();
    }

    @PostMapping("/c/{commune}/admin/petitions/residents")
    String verifyResident(@RequestParam(defaultValue = "") String cin, @RequestParam(defaultValue = "") String fullName,
                          @RequestParam(defaultValue = "") String username,
                          @RequestParam(defaultValue = "") String birthYear, Model model, Authentication staff,
                          RedirectAttributes redirect) {
        try {
            Integer year;
            try {
                year = birthYear.isBlank() ? null : Integer.valueOf(birthYear.strip());
            } catch (NumberFormatException notANumber) {
                throw new ResidenceRefused("petition.error.birthYear");
            }
            residence.verifyAtOffice(cin, fullName, username, year, staff.getName());
        } catch (ResidenceRefused refused) {
            model.addAttribute("error", message(refused.messageKey()));
            model.addAttribute("typedResident", Map.of("cin", cin, "fullName", fullName, "username", username,
                    "birthYear", birthYear));
            return renderOverview(model, PetitionDraft.empty());
        }
        redirect.addFlashAttribute("notice", "petition.residentVerified");
        return "redirect:" + base();
    }

    @GetMapping("/c/{commune}/admin/petitions/{id}")
    String detail(@PathVariable long id, Model model) {
        return renderDetail(id, model);
    }

    @PostMapping("/c/{commune}/admin/petitions/{id}/open")
    String open(@PathVariable long id, @RequestParam(required = false) String on, Model model, Authentication staff,
                RedirectAttributes redirect) {
        return step(id, model, redirect, "petition.opened",
                () -> petitions.openForSignatures(id, staff.getName(), date(on)));
    }

    @PostMapping("/c/{commune}/admin/petitions/{id}/paper")
    String paper(@PathVariable long id, @RequestParam(defaultValue = "") String sheet, Model model,
                 Authentication staff, RedirectAttributes redirect) {
        try {
            Petitions.PaperSheetResult result = petitions.enterPaperSheet(id, sheet, staff.getName());
            redirect.addFlashAttribute("paperAdded", result.added());
            redirect.addFlashAttribute("paperDuplicates", result.duplicates());
            return "redirect:" + base() + "/" + id;
        } catch (PetitionRefused refused) {
            model.addAttribute("error", message(refused.messageKey(), refused.arguments()));
            model.addAttribute("typedSheet", sheet);
            return renderDetail(id, model);
        }
    }

    @PostMapping("/c/{commune}/admin/petitions/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) String on, Model model, Authentication staff,
                  RedirectAttributes redirect) {
        return step(id, model, redirect, "petition.submitted",
                () -> petitions.submit(id, staff.getName(), date(on)));
    }

    @PostMapping("/c/{commune}/admin/petitions/{id}/admissible")
    String admissible(@PathVariable long id, @RequestParam(defaultValue = "") String committee,
                      @RequestParam(required = false) String on, Model model, Authentication staff,
                      RedirectAttributes redirect) {
        model.addAttribute("typedCommittee", committee);
        return step(id, model, redirect, "petition.admitted",
                () -> petitions.declareAdmissible(id, committee, staff.getName(), date(on)));
    }

    @PostMapping("/c/{commune}/admin/petitions/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(required = false) String on, Model model, Authentication staff,
                  RedirectAttributes redirect) {
        model.addAttribute("typedReason", reason);
        return step(id, model, redirect, "petition.rejected",
                () -> petitions.reject(id, reason, staff.getName(), date(on)));
    }

    @PostMapping("/c/{commune}/admin/petitions/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String outcome,
                  @RequestParam(defaultValue = "") String note, @RequestParam(required = false) String on,
                  Model model, Authentication staff, RedirectAttributes redirect) {
        model.addAttribute("typedNote", note);
        if (!outcome.equals("ACCEPTED") && !outcome.equals("DECLINED")) {
            model.addAttribute("error", message("petition.error.outcome"));
            return renderDetail(id, model);
        }
        return step(id, model, redirect, "petition.decided",
                () -> petitions.decide(id, outcome.equals("ACCEPTED"), note, staff.getName(), date(on)));
    }

    private String step(long id, Model model, RedirectAttributes redirect, String notice, Supplier<PetitionView> action) {
        try {
            action.get();
        } catch (PetitionRefused refused) {
            model.addAttribute("error", message(refused.messageKey(), refused.arguments()));
            return renderDetail(id, model);
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException concurrent) {
            model.addAttribute("error", message("petition.error.concurrent"));
            return renderDetail(id, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + base() + "/" + id;
    }

    private String renderOverview(Model model, PetitionDraft draft) {
        model.addAttribute("draft", draft);
        model.addAttribute("petitions", petitions.all());
        model.addAttribute("overdue", petitions.overdue());
        model.addAttribute("threshold", petitions.threshold());
        model.addAttribute("residents", residence.recent());
        return "petitions/admin";
    }

    private String renderDetail(long id, Model model) {
        model.addAttribute("petition", petitions.find(id));
        model.addAttribute("today", petitions.today());
        return "petitions/admin-detail";
    }

    private LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return petitions.today();
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new PetitionRefused("petition.error.date");
        }
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static String base() {
        return "/c/" + CurrentCommune.require().slug() + "/admin/petitions";
    }
}
