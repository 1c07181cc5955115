package ma.mocharaka.portal.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ma.mocharaka.platform.quota.WriteQuota;

/**
 * Satisfaction surveys as JSON. Reading surveys and their published results is public; answering follows the
 * survey's rule (anyone, anonymously or signed with a citizen's token, or verified residents only, once each);
 * staff of this very commune read the full results and enter paper forms (see PortalSecurity). Refusals answer 409
 * with the message in the caller's language.
 */
@RestController
@RequestMapping("/c/{commune}/api/surveys")
class SurveyApiController {

    private final Surveys surveys;
    private final MessageSource messages;

    SurveyApiController(Surveys surveys, MessageSource messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    record SurveyList(List<SurveyView> surveys, List<SurveyResults.ServiceSummary> services) {
    }

    /**
     * An online answer: {@code answers} by question id (a score 1-5, an option's id, or free text); {@code signed}
     * links it to the caller's verified residence, and is what a survey for verified residents expects when left
     * out; the inclusion answers count only with {@code consent}.
     */
    record Answer(Map<Long, String> answers, Boolean signed, Boolean consent, String gender, String ageBand,
                  String disability) {
    }

    /** Paper forms as typed: {@code answers} in the order of the questions, then the form's inclusion cells. */
    record PaperBatch(String batchDate, List<PaperForm> forms) {
    }

    record PaperForm(String date, List<String> answers, String consent, String gender, String ageBand,
                     String disability) {
    }

    record Problem(String error, String message) {
    }

    record RowProblems(int form, List<Problem> problems) {
    }

    @GetMapping
    SurveyList list() {
        return new SurveyList(surveys.published(), surveys.serviceSummaries(true));
    }

    @GetMapping("/{id}")
    SurveyView survey(@PathVariable long id) {
        return surveys.findPublished(id);
    }

    /** 201 when the answer is stored, 200 when this verified person had already answered (nothing stored). */
    @WriteQuota("survey-answer")
    @PostMapping("/{id}/responses")
    ResponseEntity<Map<String, Object>> answer(@PathVariable long id, @RequestBody Answer body, Authentication caller) {
        SurveyView survey = surveys.findPublished(id);
        String username = signedIn(caller) ? caller.getName() : null;
        boolean signed = body.signed() != null ? body.signed() : survey.respondents() == Respondents.VERIFIED_RESIDENTS;
        if (signed && username == null) {
            throw new SurveyRefused("surveys.error.signInToSign");
        }
        boolean stored = surveys.answerOnline(id, body.answers() == null ? Map.of() : body.answers(),
                Surveys.inclusion(Boolean.TRUE.equals(body.consent()), body.gender(), body.ageBand(), body.disability()),
                signed ? username : null);
        String notice = stored ? "surveys.thanks" : "surveys.alreadyAnswered";
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("outcome", stored ? "ANSWERED" : "ALREADY_ANSWERED");
        answer.put("message", messages.getMessage(notice, null, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(stored ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
    }

    @GetMapping("/{id}/results")
    SurveyResults results(@PathVariable long id) {
        return surveys.publicResults(id);
    }

    /** Staff read every group and the hidden texts, at any time, as on the staff results page. */
    @GetMapping("/{id}/staff-results")
    SurveyResults staffResults(@PathVariable long id) {
        return surveys.results(id);
    }

    /**
     * Paper forms, all or nothing as on the entry page: 201 with how many were stored, or 422 with every form's
     * problems and nothing stored.
     */
    @PostMapping("/{id}/paper-forms")
    ResponseEntity<Map<String, Object>> paper(@PathVariable long id, @RequestBody PaperBatch body, Authentication staff) {
        SurveyView survey = surveys.find(id);
        LocalDate batchDate = PaperForms.parseDate(body.batchDate() == null ? "" : body.batchDate())
                .orElseThrow(() -> new SurveyRefused("surveys.paper.error.batchDate"));
        List<PaperForm> forms = body.forms() == null ? List.of() : body.forms();
        if (forms.size() > PaperFile.MAX_ROWS) {
            throw new SurveyRefused("surveys.paper.error.tooMany", PaperFile.MAX_ROWS);
        }
        List<PaperForms.TypedRow> rows = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            PaperForm form = forms.get(i) == null ? new PaperForm(null, null, null, null, null, null) : forms.get(i);
            List<String> answers = new ArrayList<>();
            for (int q = 0; q < survey.questions().size(); q++) {
                answers.add(form.answers() != null && q < form.answers().size() ? cell(form.answers().get(q)) : "");
            }
            rows.add(new PaperForms.TypedRow(i + 1, cell(form.date()), answers, cell(form.consent()),
                    cell(form.gender()), cell(form.ageBand()), cell(form.disability())));
        }
        Surveys.PaperOutcome outcome = surveys.enterPaper(id, rows, batchDate, staff.getName());
        Map<String, Object> answer = new LinkedHashMap<>();
        if (!outcome.saved()) {
            answer.put("error", "surveys.paper.notSaved");
            answer.put("message", message("surveys.paper.notSaved", outcome.invalid()));
            answer.put("forms", outcome.rows().stream().filter(row -> !row.isValid())
                    .map(row -> new RowProblems(row.typed().number(), row.problems().stream()
                            .map(p -> new Problem(p.code(), message(p.code(), p.argument()))).toList()))
                    .toList());
            return ResponseEntity.unprocessableEntity().body(answer);
        }
        answer.put("stored", outcome.stored());
        answer.put("message", message("surveys.paper.saved", outcome.stored()));
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    @ExceptionHandler(SurveyRefused.class)
    ResponseEntity<Map<String, String>> refused(SurveyRefused refused) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", refused.messageKey(),
                "message", messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale())));
    }

    @ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
    ResponseEntity<Map<String, String>> concurrent() {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "surveys.error.concurrent",
                "message", messages.getMessage("surveys.error.concurrent", null, LocaleContextHolder.getLocale())));
    }

    /** A missing or unreadable body (not JSON, or a value of the wrong type) is the caller's mistake, told plainly. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable() {
        return ResponseEntity.badRequest().body(Map.of("error", "surveys.error.json",
                "message", messages.getMessage("surveys.error.json", null, LocaleContextHolder.getLocale())));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static String cell(String value) {
        return value == null ? "" : value;
    }

    private static boolean signedIn(Authentication caller) {
        return caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken);
    }
}
