package ma.mocharaka.portal.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.files.UploadCheck;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Staff side (commune-staff and commune-admin of this commune, see PortalSecurity): build surveys, launch, close
 * and publish them, type paper forms or import them, read the results and moderate free texts. A refused step
 * re-renders the page with what staff typed still there.
 */
@Controller
class SurveyAdminController {

    static final int DEFAULT_ROWS = 15;
    static final int MAX_ROWS_PER_PAGE = 60;

    private final Surveys surveys;
    private final PaperImports imports;
    private final ResultsExport export;
    private final MessageSource messages;

    SurveyAdminController(Surveys surveys, PaperImports imports, ResultsExport export, MessageSource messages) {
        this.surveys = surveys;
        this.imports = imports;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/c/{commune}/admin/surveys")
    String overview(Model model) {
        return renderOverview(model, SurveyDraft.empty());
    }

    @PostMapping("/c/{commune}/admin/surveys")
    String create(@ModelAttribute("draft") SurveyDraft draft, BindingResult binding, Model model, Authentication staff,
                  RedirectAttributes redirect) {
        try {
            if (binding.hasErrors()) {
                throw new SurveyRefused("surveys.error.window");
            }
            SurveyView created = surveys.create(draft, staff.getName());
            redirect.addFlashAttribute("notice", "surveys.created");
            return "redirect:" + base() + "/" + created.id();
        } catch (SurveyRefused refused) {
            model.addAttribute("error", message(refused));
            return renderOverview(model, draft);
        }
    }

    @GetMapping("/c/{commune}/admin/surveys/{id}")
    String edit(@PathVariable long id, Model model) {
        return renderEdit(id, model, null, null, null);
    }

    @PostMapping("/c/{commune}/admin/surveys/{id}")
    String update(@PathVariable long id, @ModelAttribute("draft") SurveyDraft draft, BindingResult binding, Model model,
                  Authentication staff, RedirectAttributes redirect) {
        try {
            if (binding.hasErrors()) {
                throw new SurveyRefused("surveys.error.window");
            }
            surveys.update(id, draft, staff.getName());
        } catch (SurveyRefused refused) {
            model.addAttribute("error", message(refused));
            return renderEdit(id, model, draft, null, null);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            model.addAttribute("error", message(new SurveyRefused("surveys.error.concurrent")));
            return renderEdit(id, model, draft, null, null);
        }
        redirect.addFlashAttribute("notice", "surveys.saved");
        return "redirect:" + base() + "/" + id;
    }

    @PostMapping("/c/{commune}/admin/surveys/{id}/questions")
    String addQuestion(@PathVariable long id, @ModelAttribute("question") QuestionForm question, BindingResult binding,
                       Model model, Authentication staff, RedirectAttributes redirect) {
        try {
            surveys.addQuestion(id, question, staff.getName());
        } catch (SurveyRefused refused) {
            model.addAttribute("questionError", message(refused));
            return renderEdit(id, model, null, question, null);
        }
        redirect.addFlashAttribute("notice", "surveys.questionAdded");
        return "redirect:" + base() + "/" + id + "#questions";
    }

    @PostMapping("/c/{commune}/admin/surveys/{id}/questions/{questionId}")
    String changeQuestion(@PathVariable long id, @PathVariable long questionId,
                          @ModelAttribute("question") QuestionForm question, BindingResult binding, Model model,
                          Authentication staff, RedirectAttributes redirect) {
        try {
            surveys.changeQuestion(id, questionId, question, staff.getName());
        } catch (SurveyRefused refused) {
            model.addAttribute("questionError", message(refused));
            return renderEdit(id, model, null, question, questionId);
        }
        redirect.addFlashAttribute("notice", "surveys.questionChanged");
        return "redirect:" + base() + "/" + id + "#questions";
    }

    @GetMapping("/c/{commune}/admin/surveys/{id}/questions/{questionId}")
    String editQuestion(@PathVariable long id, @PathVariable long questionId, Model model) {
        SurveyView survey = surveys.find(id);
        SurveyView.QuestionView question = survey.questions().stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(SurveyNotFound::new);
        return renderEdit(id, model, null, formOf(question), questionId);
    }

    @PostMapping("/c/{commune}/admin/surveys/{id}/questions/{questionId}/move")
    String move(@PathVariable long id, @PathVariable long questionId, @RequestParam(defaultValue = "") String direction,
                Model model, Authentication staff, RedirectAttributes redirect) {
        return step(id, model, redirect, "surveys.questionMoved",
                () -> surveys.moveQuestion(id, questionId, "up".equals(direction) ? -1 : 1, staff.getName()));
    }

    @PostMapping("/c/{commune}/admin/surveys/{id}/questions/{questionId}/delete")
    String delete(@PathVariable long id, @PathVariable long questionId, Model model, Authentication staff,
                  RedirectAttributes redirect) {
        return step(id, model, redirect, "surveys.questionDeleted",
                () -> surveys.deleteQuestion(id, questionId, staff.getName()));
    }

    @PostMapping("/c/{commune}/admin/surveys/{id}/launch")
    String launch(@PathVariable long id, Model model, Authentication staff, RedirectAttributes redirect) {
        return step(id, model, redirect, "surveys.launched", () -> surveys.launch(id, staff.getName()));
    }

    @PostMapping("/c/{commune}/admin/surveys/{id}/close")
    String close(@PathVariable long id, Model model, Authentication staff, RedirectAttributes redirect) {
        return step(id, model, redirect, "surveys.closed", () -> surveys.close(id, staff.getName()));
    }

    @PostMapping("/c/{commune}/admin/surveys/{id}/publish")
    String publish(@PathVariable long id, Model model, Authentication staff, RedirectAttributes redirect) {
        return step(id, model, redirect, "surveys.published", () -> surveys.publishResults(id, staff.getName()));
    }

    // ---- paper forms -----------------------------------------------------------------------------------------

    @GetMapping("/c/{commune}/admin/surveys/{id}/paper")
    String paperPage(@PathVariable long id, @RequestParam(required = false) Integer rows, Model model) {
        SurveyView survey = surveys.find(id);
        int count = rows == null ? DEFAULT_ROWS : Math.clamp(rows, 1, MAX_ROWS_PER_PAGE);
        List<PaperForms.TypedRow> empty = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            empty.add(new PaperForms.TypedRow(i, "", List.of(), "", "", "", ""));
        }
        return renderPaper(survey, empty, Map.of(), surveys.today().toString(), null, model);
    }

    @PostMapping("/c/{commune}/admin/surveys/{id}/paper")
    String enterPaper(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Authentication staff,
                      RedirectAttributes redirect) {
        SurveyView survey = surveys.find(id);
        int count = Math.clamp(parseInt(form.get("rows"), DEFAULT_ROWS), 1, MAX_ROWS_PER_PAGE);
        List<PaperForms.TypedRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            List<String> answers = new ArrayList<>();
            for (SurveyView.QuestionView question : survey.questions()) {
                answers.add(form.getOrDefault("a" + i + "_" + question.position(), ""));
            }
            rows.add(new PaperForms.TypedRow(i, "", answers, form.getOrDefault("consent" + i, ""),
                    form.getOrDefault("gender" + i, ""), form.getOrDefault("age" + i, ""),
                    form.getOrDefault("disability" + i, "")));
        }
        String typedDate = form.getOrDefault("batchDate", "");
        try {
            LocalDate batchDate = PaperForms.parseDate(typedDate)
                    .orElseThrow(() -> new SurveyRefused("surveys.paper.error.batchDate"));
            Surveys.PaperOutcome outcome = surveys.enterPaper(id, rows, batchDate, staff.getName());
            if (!outcome.saved()) {
                Map<Integer, PaperForms.CheckedRow> checked = new java.util.HashMap<>();
                outcome.rows().forEach(row -> checked.put(row.typed().number(), row));
                model.addAttribute("error", message(new SurveyRefused("surveys.paper.notSaved", outcome.invalid())));
                return renderPaper(survey, rows, checked, typedDate, null, model);
            }
            redirect.addFlashAttribute("notice", "surveys.paper.saved");
            redirect.addFlashAttribute("noticeArgument", outcome.stored());
            return "redirect:" + base() + "/" + id + "/paper?rows=" + count;
        } catch (SurveyRefused refused) {
            model.addAttribute("error", message(refused));
            return renderPaper(survey, rows, Map.of(), typedDate, null, model);
        }
    }

    @GetMapping("/c/{commune}/admin/surveys/{id}/paper/template.csv")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        return export.template(surveys.find(id));
    }

    @PostMapping("/c/{commune}/admin/surveys/{id}/import")
    String previewImport(@PathVariable long id, @RequestParam("file") MultipartFile file,
                         @RequestParam(defaultValue = "") String batchDate, Model model, Authentication staff) {
        SurveyView survey = surveys.find(id);
        try {
            LocalDate date = batchDate.isBlank() ? null : PaperForms.parseDate(batchDate)
                    .orElseThrow(() -> new SurveyRefused("surveys.paper.error.batchDate"));
            PaperImports.Preview preview = imports.preview(id, file, date, staff.getName());
            if (preview.uploadProblem() != null) {
                model.addAttribute("importError", messages.getMessage(preview.uploadProblem(),
                        new Object[] {preview.filename(), UploadCheck.MAX_MEGABYTES}, locale()));
            }
            model.addAttribute("preview", preview);
        } catch (SurveyRefused refused) {
            model.addAttribute("importError", message(refused));
        }
        model.addAttribute("importDate", batchDate);
        return renderPaperEmpty(survey, model);
    }

    @PostMapping("/c/{commune}/admin/surveys/{id}/import/{fileId}")
    String confirmImport(@PathVariable long id, @PathVariable long fileId,
                         @RequestParam(defaultValue = "") String batchDate,
                         @RequestParam(defaultValue = "confirm") String action, Model model, Authentication staff,
                         RedirectAttributes redirect) {
        if ("cancel".equals(action)) {
            imports.cancel(id, fileId);
            redirect.addFlashAttribute("notice", "surveys.import.cancelled");
            return "redirect:" + base() + "/" + id + "/paper";
        }
        try {
            LocalDate date = batchDate.isBlank() ? null : PaperForms.parseDate(batchDate)
                    .orElseThrow(() -> new SurveyRefused("surveys.paper.error.batchDate"));
            Surveys.PaperOutcome outcome = imports.confirm(id, fileId, date, staff.getName());
            if (!outcome.saved()) {
                throw new SurveyRefused("surveys.paper.notSaved", outcome.invalid());
            }
            redirect.addFlashAttribute("notice", "surveys.paper.saved");
            redirect.addFlashAttribute("noticeArgument", outcome.stored());
            return "redirect:" + base() + "/" + id + "/paper";
        } catch (SurveyRefused refused) {
            model.addAttribute("importError", message(refused));
            return renderPaperEmpty(surveys.find(id), model);
        }
    }

    // ---- results ---------------------------------------------------------------------------------------------

    @GetMapping("/c/{commune}/admin/surveys/{id}/results")
    String results(@PathVariable long id, Model model) {
        model.addAttribute("survey", surveys.find(id));
        model.addAttribute("results", surveys.results(id));
        model.addAttribute("admin", true);
        return "surveys/results";
    }

    @GetMapping("/c/{commune}/admin/surveys/{id}/results.csv")
    ResponseEntity<byte[]> resultsCsv(@PathVariable long id, Locale locale) {
        return export.csv(surveys.results(id), locale);
    }

    @PostMapping("/c/{commune}/admin/surveys/{id}/answers/{answerId}/hide")
    String hide(@PathVariable long id, @PathVariable long answerId, @RequestParam(defaultValue = "") String reason,
                Model model, RedirectAttributes redirect, Authentication staff) {
        try {
            surveys.hideText(id, answerId, reason, staff.getName());
        } catch (SurveyRefused refused) {
            model.addAttribute("survey", surveys.find(id));
            model.addAttribute("results", surveys.results(id));
            model.addAttribute("admin", true);
            model.addAttribute("hideError", message(refused));
            model.addAttribute("failedAnswer", answerId);
            return "surveys/results";
        }
        redirect.addFlashAttribute("notice", "surveys.hidden");
        return "redirect:" + base() + "/" + id + "/results#answer-" + answerId;
    }

    // ---- rendering -------------------------------------------------------------------------------------------

    private String step(long id, Model model, RedirectAttributes redirect, String notice, Supplier<SurveyView> action) {
        try {
            action.get();
        } catch (SurveyRefused refused) {
            model.addAttribute("error", message(refused));
            return renderEdit(id, model, null, null, null);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            model.addAttribute("error", message(new SurveyRefused("surveys.error.concurrent")));
            return renderEdit(id, model, null, null, null);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + base() + "/" + id;
    }

    private String renderOverview(Model model, SurveyDraft draft) {
        model.addAttribute("draft", draft);
        model.addAttribute("surveys", surveys.all());
        model.addAttribute("services", surveys.serviceSummaries(false));
        model.addAttribute("serviceChoices", CommuneService.values());
        return "surveys/admin";
    }

    private String renderEdit(long id, Model model, SurveyDraft draft, QuestionForm question, Long editedQuestion) {
        SurveyView survey = surveys.find(id);
        model.addAttribute("survey", survey);
        model.addAttribute("draft", draft != null ? draft : draftOf(survey));
        model.addAttribute("question", question != null ? question : QuestionForm.empty());
        model.addAttribute("editedQuestion", editedQuestion);
        model.addAttribute("serviceChoices", CommuneService.values());
        return "surveys/admin-edit";
    }

    private String renderPaper(SurveyView survey, List<PaperForms.TypedRow> rows, Map<Integer, PaperForms.CheckedRow> checked,
                               String batchDate, String importError, Model model) {
        model.addAttribute("survey", survey);
        model.addAttribute("rows", rows);
        model.addAttribute("checked", checked);
        model.addAttribute("batchDate", batchDate);
        if (importError != null) {
            model.addAttribute("importError", importError);
        }
        return "surveys/paper";
    }

    private String renderPaperEmpty(SurveyView survey, Model model) {
        List<PaperForms.TypedRow> empty = new ArrayList<>();
        for (int i = 1; i <= DEFAULT_ROWS; i++) {
            empty.add(new PaperForms.TypedRow(i, "", List.of(), "", "", "", ""));
        }
        return renderPaper(survey, empty, Map.of(), surveys.today().toString(), null, model);
    }

    private static SurveyDraft draftOf(SurveyView survey) {
        Map<String, String> title = survey.title().values();
        Map<String, String> intro = survey.intro().values();
        return new SurveyDraft(survey.service(), survey.respondents(), title.get("ar"), title.get("fr"),
                title.get("zgh"), title.get("en"), intro.get("ar"), intro.get("fr"), intro.get("zgh"), intro.get("en"),
                survey.opensOn(), survey.closesOn());
    }

    private static QuestionForm formOf(SurveyView.QuestionView question) {
        Map<String, String> prompt = question.prompt().values();
        return new QuestionForm(question.kind(), prompt.get("ar"), prompt.get("fr"), prompt.get("zgh"), prompt.get("en"),
                lines(question, "ar"), lines(question, "fr"), lines(question, "zgh"), lines(question, "en"));
    }

    private static String lines(SurveyView.QuestionView question, String language) {
        if (question.options().isEmpty() || question.options().stream()
                .anyMatch(option -> !option.label().values().containsKey(language))) {
            return null;
        }
        return String.join("\n", question.options().stream().map(option -> option.label().values().get(language)).toList());
    }

    private String message(SurveyRefused refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static int parseInt(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String base() {
        return "/c/" + CurrentCommune.require().slug() + "/admin/surveys";
    }
}
