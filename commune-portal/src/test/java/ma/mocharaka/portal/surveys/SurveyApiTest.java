package ma.mocharaka.portal.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalApi;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.residence.ResidenceVerification;

/**
 * The surveys API with real Keycloak tokens over HTTP: reading, answering (anonymously, signed once, verified
 * residents only), published and staff results, paper forms; refusals in the caller's language; bad input never a
 * 500; Beni Mellal's surveys out of reach from Demnate and of anybody but Beni Mellal's staff.
 */
@PortalTest
class SurveyApiTest {

    /** The demo loader gives bm.citizen this fictitious card too, so tests and demo agree on one person. */
    private static final String DEMO_CITIZEN_CIN = "ZZ999001";
    private static final String STAFF_WRITE_BODY = """
            {"batchDate":"%s","forms":[{"answers":["4","1","x"]}]}""";

    @Autowired Surveys surveys;
    @Autowired ResidenceVerification residence;
    @Autowired CommuneRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    private final PortalApi api = new PortalApi();

    private Commune beniMellal;
    private String title;
    /** Open to anyone, results published. */
    private SurveyView open;
    /** Open to verified residents only, results not public yet. */
    private SurveyView verifiedOnly;
    private SurveyView draft;

    @BeforeEach
    void beniMellalSurveys() {
        beniMellal = registry.findBySlug("beni-mellal").orElseThrow();
        title = SurveyFixtures.uniqueTitle("API");
        CurrentCommune.runAs(beniMellal, () -> {
            residence.verifyAtOffice(DEMO_CITIZEN_CIN, "مواطن(ة) تجريبي(ة)", "bm.citizen", "bm.staff");
            open = SurveyFixtures.launched(surveys, title, CommuneService.ROADS, Respondents.ANYONE,
                    surveys.today().minusDays(2), surveys.today().plusDays(5));
            surveys.publishResults(open.id(), "bm.staff");
            verifiedOnly = SurveyFixtures.launched(surveys, title + " résidents", CommuneService.MARKETS,
                    Respondents.VERIFIED_RESIDENTS, surveys.today().minusDays(1), surveys.today().plusDays(5));
            draft = surveys.create(SurveyFixtures.draft(title + " brouillon", CommuneService.ROADS, Respondents.ANYONE,
                    surveys.today().plusDays(10), surveys.today().plusDays(20)), "bm.staff");
        });
    }

    @Test
    void anyoneReadsTheSurveysTheirQuestionsAndThePublishedResults() throws Exception {
        JsonNode list = json.readTree(ok(api("GET", "/c/beni-mellal/api/surveys", null, null, null)));
        assertThat(titles(list.path("surveys"))).contains(title, title + " résidents").doesNotContain(title + " brouillon");
        assertThat(list.path("services").isArray()).isTrue();

        JsonNode survey = json.readTree(ok(api("GET", "/c/beni-mellal/api/surveys/" + open.id(), null, null, null)));
        assertThat(survey.path("phase").asString()).isEqualTo("OPEN");
        assertThat(survey.path("respondents").asString()).isEqualTo("ANYONE");
        assertThat(survey.path("questions")).hasSize(3);
        assertThat(survey.path("questions").get(1).path("kind").asString()).isEqualTo("CHOICE");
        assertThat(survey.path("questions").get(1).path("options")).hasSize(2);
        assertThat(api("GET", "/c/beni-mellal/api/surveys/" + draft.id(), null, null, null).statusCode()).isEqualTo(404);

        CurrentCommune.runAs(beniMellal, () -> surveys.enterPaper(open.id(),
                List.of(SurveyFixtures.row(1, "", "5", "2", "Plus de bancs", "", "", "", "")), surveys.today(), "bm.staff"));
        JsonNode results = json.readTree(ok(api("GET", "/c/beni-mellal/api/surveys/" + open.id() + "/results", null, null, null)));
        assertThat(results.path("forPublic").asBoolean()).isTrue();
        assertThat(results.path("responses").asLong()).isEqualTo(1);
        assertThat(results.path("paper").asLong()).isEqualTo(1);
        assertThat(results.path("questions")).hasSize(3);
        assertThat(results.path("questions").get(0).path("overall").path("mean").asDouble()).isEqualTo(5.0);
        assertThat(results.path("questions").get(2).path("texts").get(0).path("text").asString()).isEqualTo("Plus de bancs");
        assertThat(results.path("questions").get(2).path("texts").get(0).path("hiddenBy").isNull()).isTrue();

        HttpResponse<String> notYet = api("GET", "/c/beni-mellal/api/surveys/" + verifiedOnly.id() + "/results", null, null, "fr");
        assertRefused(notYet, 409, "surveys.error.resultsNotPublic", "Les résultats sont publiés à la clôture");
        assertRefused(api("GET", "/c/beni-mellal/api/surveys/" + verifiedOnly.id() + "/results", null, null, "ar"),
                409, "surveys.error.resultsNotPublic", "تنشر النتائج");
        assertThat(api("GET", "/c/beni-mellal/api/surveys/" + draft.id() + "/results", null, null, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAnonymousAnswerIsStoredWithoutAnyoneAttached() throws Exception {
        HttpResponse<String> answered = api("POST", "/c/beni-mellal/api/surveys/" + open.id() + "/responses", null, """
                {"answers":{"%d":"4","%d":"%d","%d":"Des trottoirs"},"consent":true,"gender":"WOMAN",
                 "ageBand":"FROM_18_TO_35","disability":"NO"}""".formatted(q(open, 0), q(open, 1), option(open, 0),
                q(open, 2)), "fr");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        JsonNode body = json.readTree(answered.body());
        assertThat(body.path("outcome").asString()).isEqualTo("ANSWERED");
        assertThat(body.path("message").asString()).isEqualTo("Merci, vos réponses sont enregistrées.");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM commune_beni_mellal.survey_response
                         WHERE survey_id = ? AND channel = 'ONLINE' AND NOT signed AND username IS NULL
                           AND cin_hash IS NULL AND gender = 'WOMAN' AND disability = false""")
                .param(open.id()).query(Long.class).single()).isEqualTo(1L);
        // Without consent the inclusion answers are dropped, whatever was sent.
        assertThat(api("POST", "/c/beni-mellal/api/surveys/" + open.id() + "/responses", null,
                "{\"answers\":{\"%d\":5},\"gender\":\"MAN\"}".formatted(q(open, 0)), null).statusCode()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ? AND gender = 'MAN'")
                .param(open.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aVerifiedCitizenSignsOnceAndAnonymousCallersCannotAnswerAVerifiedResidentsSurvey() throws Exception {
        String citizen = token("bm.citizen");
        String path = "/c/beni-mellal/api/surveys/" + verifiedOnly.id() + "/responses";
        String answer = "{\"answers\":{\"%d\":\"3\"}}".formatted(q(verifiedOnly, 0));

        assertRefused(api("POST", path, null, answer, "fr"), 409, "surveys.error.signInToSign", "Connectez-vous pour signer");
        assertRefused(api("POST", path, null, "{\"answers\":{\"%d\":\"3\"},\"signed\":false}".formatted(q(verifiedOnly, 0)), "ar"),
                409, "surveys.error.signedOnly", "هذا الاستطلاع");
        // Demnate's citizen has no residence verified in Beni Mellal.
        assertRefused(api("POST", path, token("demnat.citizen"), answer, "fr"), 409, "surveys.error.notVerified",
                "Votre résidence n’est pas encore vérifiée");

        HttpResponse<String> first = api("POST", path, citizen, answer, "ar");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json.readTree(first.body()).path("outcome").asString()).isEqualTo("ANSWERED");
        HttpResponse<String> again = api("POST", path, citizen, answer, "fr");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).path("outcome").asString()).isEqualTo("ALREADY_ANSWERED");
        assertThat(json.readTree(again.body()).path("message").asString()).contains("Vous aviez déjà répondu");
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ?")
                .param(verifiedOnly.id()).query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ? AND username = 'bm.citizen' AND signed")
                .param(verifiedOnly.id()).query(Long.class).single()).isEqualTo(1L);

        // On a survey open to anyone the token signs only when asked to; a signed answer also counts once.
        String openPath = "/c/beni-mellal/api/surveys/" + open.id() + "/responses";
        String signed = "{\"answers\":{\"%d\":\"2\"},\"signed\":true}".formatted(q(open, 0));
        assertThat(api("POST", openPath, citizen, "{\"answers\":{\"%d\":\"2\"}}".formatted(q(open, 0)), null).statusCode())
                .isEqualTo(201);
        assertThat(api("POST", openPath, citizen, signed, null).statusCode()).isEqualTo(201);
        assertThat(api("POST", openPath, citizen, signed, null).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ? AND username = 'bm.citizen'")
                .param(open.id()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void badInputIsA400Or404OrALocalizedRefusalNeverA500() throws Exception {
        String path = "/c/beni-mellal/api/surveys/" + open.id() + "/responses";
        assertRefused(api("POST", path, null, "{not json", "fr"), 400, "surveys.error.json", "La requête est illisible");
        assertRefused(api("POST", path, null, "", "ar"), 400, "surveys.error.json", "تعذرت قراءة الطلب");
        assertRefused(api("POST", path, null, "{\"answers\":{\"abc\":\"4\"}}", "fr"), 400, "surveys.error.json", "illisible");
        assertRefused(api("POST", path, null, "{}", "fr"), 409, "surveys.error.noAnswer", "Répondez à au moins une question");
        assertRefused(api("POST", path, null, "{\"answers\":{\"%d\":\"7\"}}".formatted(q(open, 0)), "ar"), 409,
                "surveys.error.answer", "الجواب غير صالح");
        assertRefused(api("POST", path, null, "{\"answers\":{\"%d\":\"999999\"}}".formatted(q(open, 1)), "fr"), 409,
                "surveys.error.answer", "Question 2 : réponse non valable");
        assertRefused(api("POST", path, null, "{\"answers\":{\"%d\":\"4\"},\"consent\":true,\"gender\":\"X\"}"
                .formatted(q(open, 0)), "fr"), 409, "surveys.error.inclusion", "inclusion");
        assertRefused(api("POST", path, null, "{\"answers\":{\"%d\":\"%s\"}}".formatted(q(open, 2), "x".repeat(2001)), "fr"),
                409, "surveys.error.textTooLong", "2000");
        assertThat(api("POST", "/c/beni-mellal/api/surveys/" + draft.id() + "/responses", null,
                "{\"answers\":{}}", null).statusCode()).isEqualTo(404);
        assertThat(api("POST", "/c/beni-mellal/api/surveys/999999999/responses", null,
                "{\"answers\":{\"1\":\"4\"}}", null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/c/beni-mellal/api/surveys/999999999", null, null, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/c/beni-mellal/api/surveys/abc", null, null, null).statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ?")
                .param(open.id()).query(Long.class).single()).isZero();

        String staff = token("bm.staff");
        String paper = "/c/beni-mellal/api/surveys/" + open.id() + "/paper-forms";
        assertRefused(api("POST", paper, staff, "[", "fr"), 400, "surveys.error.json", "illisible");
        assertRefused(api("POST", paper, staff, "{\"forms\":[]}", "fr"), 409, "surveys.paper.error.batchDate",
                "Indiquez une date valide");
        assertRefused(api("POST", paper, staff, "{\"batchDate\":\"hier\",\"forms\":[]}", "ar"), 409,
                "surveys.paper.error.batchDate", "أدخلوا تاريخا صحيحا");
        assertRefused(api("POST", paper, staff, "{\"batchDate\":\"%s\",\"forms\":[]}".formatted(today()), "fr"), 409,
                "surveys.paper.error.nothing", "Aucun formulaire");
        assertRefused(api("POST", "/c/beni-mellal/api/surveys/" + draft.id() + "/paper-forms", staff,
                STAFF_WRITE_BODY.formatted(today()), "fr"), 409, "surveys.error.paperNotYet", "une fois l’enquête ouverte");
        assertThat(api("POST", "/c/beni-mellal/api/surveys/999999999/paper-forms", staff, STAFF_WRITE_BODY.formatted(today()), null)
                .statusCode()).isEqualTo(404);
        assertThat(api("GET", "/c/beni-mellal/api/surveys/999999999/staff-results", staff, null, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void staffReadEveryGroupAndEnterPaperFormsAllOrNothingAudited() throws Exception {
        String staff = token("bm.staff");
        String paper = "/c/beni-mellal/api/surveys/" + verifiedOnly.id() + "/paper-forms";
        HttpResponse<String> refused = api("POST", paper, staff, """
                {"batchDate":"%s","forms":[
                  {"answers":["4","Oui","Bien"],"consent":"oui","gender":"F","ageBand":"2"},
                  {"answers":["9","1",""]},
                  {"date":"01/01/1990","answers":["3"]}]}""".formatted(today()), "fr");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problems = json.readTree(refused.body());
        assertThat(problems.path("error").asString()).isEqualTo("surveys.paper.notSaved");
        assertThat(problems.path("message").asString()).isEqualTo("Rien n’est enregistré : 2 ligne(s) à corriger.");
        assertThat(problems.path("forms")).hasSize(2);
        assertThat(problems.path("forms").get(0).path("form").asInt()).isEqualTo(2);
        assertThat(problems.path("forms").get(0).path("problems").get(0).path("error").asString())
                .isEqualTo("surveys.paper.error.scale");
        assertThat(problems.path("forms").get(0).path("problems").get(0).path("message").asString())
                .isEqualTo("Question 1: 9 : la réponse doit être un nombre de 1 à 5.");
        assertThat(problems.path("forms").get(1).path("problems").get(0).path("error").asString())
                .isEqualTo("surveys.paper.error.dateOutsideWindow");
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ?")
                .param(verifiedOnly.id()).query(Long.class).single()).isZero();

        HttpResponse<String> stored = api("POST", paper, staff, """
                {"batchDate":"%s","forms":[
                  {"answers":["4","Oui","Bien"],"consent":"oui","gender":"F","ageBand":"2"},
                  {"answers":["٥","2",""]},
                  {"answers":["","",""]}]}""".formatted(today()), "ar");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(json.readTree(stored.body()).path("stored").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ? AND channel = 'PAPER' AND entered_by = 'bm.staff'")
                .param(verifiedOnly.id()).query(Long.class).single()).isEqualTo(2L);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE commune = 'beni-mellal' AND target = ? AND action = 'surveys.paper' AND actor = 'bm.staff'")
                .param("survey/" + verifiedOnly.id()).query(Long.class).single()).isEqualTo(1L);

        // Staff see results that are not public yet, with the small groups the public never sees.
        JsonNode results = json.readTree(ok(api("GET", "/c/beni-mellal/api/surveys/" + verifiedOnly.id() + "/staff-results",
                token("bm.admin"), null, null)));
        assertThat(results.path("forPublic").asBoolean()).isFalse();
        assertThat(results.path("responses").asLong()).isEqualTo(2);
        assertThat(results.path("questions").get(0).path("overall").path("mean").asDouble()).isEqualTo(4.5);
        assertThat(results.path("questions").get(0).path("groups").toString()).contains("\"WOMAN\"")
                .doesNotContain("\"suppressed\":true");
        assertThat(results.path("questions").get(2).path("texts").get(0).path("text").asString()).isEqualTo("Bien");
        // Drafts too, as on the staff results page.
        assertThat(api("GET", "/c/beni-mellal/api/surveys/" + draft.id() + "/staff-results", staff, null, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void beniMellalSurveysAreNotFoundUnderDemnate() throws Exception {
        String demnatStaff = token("demnat.staff");
        assertThat(titles(json.readTree(ok(api("GET", "/c/demnat/api/surveys", null, null, null))).path("surveys")))
                .doesNotContain(title, title + " résidents");
        for (String path : List.of("/c/demnat/api/surveys/%d", "/c/demnat/api/surveys/%d/results")) {
            assertThat(api("GET", path.formatted(open.id()), null, null, null).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(api("POST", "/c/demnat/api/surveys/" + open.id() + "/responses", null,
                "{\"answers\":{\"%d\":\"4\"}}".formatted(q(open, 0)), null).statusCode()).isEqualTo(404);
        assertThat(api("POST", "/c/demnat/api/surveys/" + open.id() + "/responses", token("bm.citizen"),
                "{\"answers\":{\"%d\":\"4\"},\"signed\":true}".formatted(q(open, 0)), null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/c/demnat/api/surveys/" + open.id() + "/staff-results", demnatStaff, null, null).statusCode())
                .isEqualTo(404);
        assertThat(api("POST", "/c/demnat/api/surveys/" + open.id() + "/paper-forms", demnatStaff,
                STAFF_WRITE_BODY.formatted(today()), null).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ?")
                .param(open.id()).query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demnat.staff", "demnat.admin", "azilal.admin", "bm.citizen"})
    void nobodyButBeniMellalStaffReachesItsStaffEndpoints(String user) throws Exception {
        String token = token(user);
        assertThat(api("GET", "/c/beni-mellal/api/surveys/" + open.id() + "/staff-results", token, null, null).statusCode())
                .isEqualTo(403);
        assertThat(api("POST", "/c/beni-mellal/api/surveys/" + open.id() + "/paper-forms", token,
                STAFF_WRITE_BODY.formatted(today()), null).statusCode()).isEqualTo(403);
        // A Beni Mellal staff token replayed on Demnate's address is nobody there either.
        assertThat(api("GET", "/c/demnat/api/surveys/" + open.id() + "/staff-results", token("bm.staff"), null, null)
                .statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ?")
                .param(open.id()).query(Long.class).single()).isZero();
    }

    @Test
    void anonymousCallersCannotReachTheStaffEndpoints() throws Exception {
        assertThat(api("GET", "/c/beni-mellal/api/surveys/" + open.id() + "/staff-results", null, null, null).statusCode())
                .isEqualTo(401);
        assertThat(api("POST", "/c/beni-mellal/api/surveys/" + open.id() + "/paper-forms", null,
                STAFF_WRITE_BODY.formatted(today()), null).statusCode()).isEqualTo(401);
        assertThat(api("GET", "/c/beni-mellal/api/surveys/" + open.id(), "not-a-token", null, null).statusCode())
                .isEqualTo(401);
    }

    private static long q(SurveyView survey, int index) {
        return survey.questions().get(index).id();
    }

    private static long option(SurveyView survey, int index) {
        return survey.questions().get(1).options().get(index).id();
    }

    private String today() {
        return CurrentCommune.callAs(beniMellal, () -> surveys.today()).toString();
    }

    private static List<String> titles(JsonNode surveys) {
        return surveys.valueStream().map(s -> s.path("title").path("values").path("fr").asString()).toList();
    }

    private static void assertRefused(HttpResponse<String> response, int status, String key, String messagePart) {
        PortalApi.assertRefused(response, status, key, messagePart);
    }

    private static String ok(HttpResponse<String> response) {
        return PortalApi.ok(response);
    }

    private HttpResponse<String> api(String method, String path, String token, String body, String language)
            throws Exception {
        return api.send(method, path, token, body, language);
    }

    private static String token(String user) {
        return PortalApi.token(user);
    }
}
