package ma.mocharaka.portal.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Surveys and paper rows for tests: a scale, a two-option choice and a free text, titles unique per run. */
final class SurveyFixtures {

    private SurveyFixtures() {
    }

    static String uniqueTitle(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static SurveyDraft draft(String titleFr, CommuneService service, Respondents respondents, LocalDate opensOn,
                             LocalDate closesOn) {
        return new SurveyDraft(service, respondents, "استطلاع " + titleFr, titleFr, null, null,
                null, "Votre avis compte.", null, null, opensOn, closesOn);
    }

    /** A launched survey with q1 scale, q2 choice (1 = Oui, 2 = Non), q3 free text. */
    static SurveyView launched(Surveys surveys, String titleFr, CommuneService service, Respondents respondents,
                               LocalDate opensOn, LocalDate closesOn) {
        long id = surveys.create(draft(titleFr, service, respondents, opensOn, closesOn), "bm.staff").id();
        surveys.addQuestion(id, new QuestionForm(QuestionKind.SCALE, "ما مدى رضاكم؟", "Êtes-vous satisfait(e) ?",
                null, null, null, null, null, null), "bm.staff");
        surveys.addQuestion(id, new QuestionForm(QuestionKind.CHOICE, "هل رجعتم؟", "Êtes-vous revenu(e) ?", null, null,
                "نعم\nلا", "Oui\nNon", null, null), "bm.staff");
        surveys.addQuestion(id, new QuestionForm(QuestionKind.TEXT, "اقتراحاتكم", "Vos suggestions", null, null,
                null, null, null, null), "bm.staff");
        return surveys.launch(id, "bm.staff");
    }

    /** A paper row: date (may be empty), then q1, q2, q3, then consent, gender, age band, disability. */
    static PaperForms.TypedRow row(int number, String date, String q1, String q2, String q3, String consent,
                                   String gender, String age, String disability) {
        return new PaperForms.TypedRow(number, date, Arrays.asList(q1, q2, q3), consent, gender, age, disability);
    }

    /** {@code count} valid rows, scores cycling 1..5, all dated {@code date}. */
    static List<PaperForms.TypedRow> validRows(int count, LocalDate date) {
        List<PaperForms.TypedRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(row(i, date.toString(), String.valueOf(1 + i % 5), String.valueOf(1 + i % 2),
                    i % 10 == 0 ? "Suggestion " + i : "", i % 3 == 0 ? "oui" : "", i % 3 == 0 ? "F" : "",
                    i % 3 == 0 ? "2" : "", ""));
        }
        return rows;
    }
}
