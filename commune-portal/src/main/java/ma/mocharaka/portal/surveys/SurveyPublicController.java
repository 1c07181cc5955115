package ma.mocharaka.portal.surveys;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.quota.WriteQuota;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.inclusion.InclusionAnswers;

/** Citizens' side: the surveys, answering one (anonymously or signed), and the results once they are public. */
@Controller
class SurveyPublicController {

    private final Surveys surveys;
    private final ResultsExport export;
    private final MessageSource messages;

    SurveyPublicController(Surveys surveys, ResultsExport export, MessageSource messages) {
        this.surveys = surveys;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/c/{commune}/surveys")
    String list(Model model) {
        model.addAttribute("surveys", surveys.published());
        model.addAttribute("services", surveys.serviceSummaries(true));
        return "surveys/list";
    }

    @GetMapping("/c/{commune}/surveys/{id}")
    String survey(@PathVariable long id, Model model, Authentication user) {
        return render(surveys.findPublished(id), Map.of(), Map.of(), null, model, user);
    }

    /** Where "sign in to answer" leads: security has sent the person through Keycloak, back to the survey. */
    @GetMapping("/c/{commune}/surveys/{id}/sign-in")
    String signIn(@PathVariable long id) {
        surveys.findPublished(id);
        return "redirect:/c/" + CurrentCommune.require().slug() + "/surveys/" + id + "#answer";
    }

    @PostMapping("/c/{commune}/surveys/{id}/responses")
    @WriteQuota("survey-answer")
    String answer(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Authentication user,
                  RedirectAttributes redirect) {
        SurveyView survey = surveys.findPublished(id);
        Map<Long, String> typed = new HashMap<>();
        for (SurveyView.QuestionView question : survey.questions()) {
            Optional.ofNullable(form.get("q" + question.id())).ifPresent(value -> typed.put(question.id(), value));
        }
        boolean signed = "true".equals(form.get("signed"));
        String username = signedIn(user) ? user.getName() : null;
        try {
            if (signed && username == null) {
                throw new SurveyRefused("surveys.error.signInToSign");
            }
            InclusionAnswers inclusion = inclusion(form);
            boolean stored = surveys.answerOnline(id, typed, inclusion, signed ? username : null);
            redirect.addFlashAttribute("notice", stored ? "surveys.thanks" : "surveys.alreadyAnswered");
        } catch (SurveyRefused refused) {
            return render(survey, typed, form, refused, model, user);
        }
        return "redirect:/c/" + CurrentCommune.require().slug() + "/surveys/" + id;
    }

    @GetMapping("/c/{commune}/surveys/{id}/results")
    String results(@PathVariable long id, Model model) {
        SurveyView survey = surveys.findPublished(id);
        model.addAttribute("survey", survey);
        if (survey.resultsPublic()) {
            model.addAttribute("results", surveys.publicResults(id));
        }
        return "surveys/results";
    }

    @GetMapping("/c/{commune}/surveys/{id}/results.csv")
    ResponseEntity<byte[]> resultsCsv(@PathVariable long id, Locale locale) {
        SurveyView survey = surveys.findPublished(id);
        if (!survey.resultsPublic()) {
            return ResponseEntity.notFound().build();
        }
        return export.csv(surveys.publicResults(id), locale);
    }

    private String render(SurveyView survey, Map<Long, String> typed, Map<String, String> form, SurveyRefused error,
                          Model model, Authentication user) {
        boolean signedIn = signedIn(user);
        model.addAttribute("survey", survey);
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("verified", signedIn && surveys.isVerified(user.getName()));
        model.addAttribute("answered", signedIn && surveys.hasAnswered(survey.id(), user.getName()));
        model.addAttribute("typed", typed);
        model.addAttribute("form", form);
        if (error != null) {
            model.addAttribute("error", messages.getMessage(error.messageKey(), error.arguments(),
                    LocaleContextHolder.getLocale()));
        }
        return "surveys/survey";
    }

    /** The inclusion answers count only with the consent box ticked; without it they are dropped, not kept. */
    private static InclusionAnswers inclusion(Map<String, String> form) {
        return Surveys.inclusion("true".equals(form.get("consent")), form.get("gender"), form.get("ageBand"),
                form.get("disability"));
    }

    private static boolean signedIn(Authentication user) {
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }
}
