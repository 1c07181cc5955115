package ma.mocharaka.portal.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalApi;
import ma.mocharaka.portal.PortalTest;

/**
 * The access-to-information API with real Keycloak tokens over HTTP: filing online, tracking without the
 * requester's data, the proactive publication, and staff's register, extension and decisions, audited; refusals in
 * the caller's language; bad input never a 500; Beni Mellal's requests out of reach from Demnate and of anybody but
 * Beni Mellal's staff.
 */
@PortalTest
class InformationApiTest {

    private static final String CODE = "^[0-9]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$";
    private static final String DECISION = """
            {"outcome":"REFUSED","answer":"Motifs écrits","ground":"PRIVATE_LIFE"}""";
    private static final String EXTENSION = """
            {"reason":"Documents nombreux à réunir","notified":true}""";

    @Autowired InformationRequests requests;
    @Autowired Publications publications;
    @Autowired CommuneRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    private final PortalApi api = new PortalApi();

    private Commune beniMellal;
    private String subject;
    /** Filed at the counter today by Fatima Zahra, still open. */
    private RequestView counter;

    @BeforeEach
    void aBeniMellalRequest() {
        beniMellal = registry.findBySlug("beni-mellal").orElseThrow();
        subject = InformationFixtures.uniqueSubject("API");
        counter = CurrentCommune.callAs(beniMellal, () -> requests.file(InformationFixtures.form(subject),
                Channel.COUNTER, null, "bm.staff", requests.today()));
    }

    @Test
    void aSignedInPersonFilesOnlineAndGetsTheTrackingNumberAndTheDeadline() throws Exception {
        String key = UUID.randomUUID().toString();
        String filing = """
                {"submissionKey":"%s","name":"Amina Ait","email":"amina@example.org","cin":"AB123456",
                 "subject":"%s en ligne","details":"Les marchés publics de 2025.","urgent":false}""".formatted(key, subject);
        HttpResponse<String> filed = api("POST", "/c/beni-mellal/api/information/requests", token("bm.citizen"), filing, "fr");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode receipt = json.readTree(filed.body());
        String code = receipt.path("trackingCode").asString();
        assertThat(code).matches(CODE);
        assertThat(filed.headers().firstValue("Location").orElseThrow()).endsWith("/c/beni-mellal/api/information/requests/" + code);
        assertThat(receipt.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(receipt.path("statusLabel").asString()).isEqualTo("Reçue, en cours de traitement");
        assertThat(LocalDate.parse(receipt.path("dueOn").asString())).isAfter(LocalDate.parse(receipt.path("filedOn").asString()));
        assertThat(filed.body()).doesNotContain("Amina").doesNotContain("amina@example.org").doesNotContain("marchés publics");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM commune_beni_mellal.info_request
                         WHERE tracking_code = ? AND channel = 'ONLINE' AND requester_account = 'bm.citizen'
                           AND requester_name = 'Amina Ait' AND cin_hash IS NULL""")
                .param(code).query(Long.class).single()).as("no identity number online").isEqualTo(1L);

        // The same form sent again files nothing more; from another account it names nothing.
        HttpResponse<String> again = api("POST", "/c/beni-mellal/api/information/requests", token("bm.citizen"), filing, null);
        assertThat(json.readTree(again.body()).path("trackingCode").asString()).isEqualTo(code);
        assertRefused(api("POST", "/c/beni-mellal/api/information/requests", token("demnat.citizen"), filing, "fr"), 409,
                "information.error.form", "Le formulaire a expiré");
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.info_request WHERE subject = ?")
                .param(subject + " en ligne").query(Long.class).single()).isEqualTo(1L);

        // Without a key each call is a request of its own; urgent ones are due sooner.
        HttpResponse<String> urgent = api("POST", "/c/beni-mellal/api/information/requests", token("demnat.citizen"), """
                {"name":"Youssef","phone":"+212 600 000 000","subject":"%s urgent","details":"Plan d’évacuation.",
                 "urgent":true,"urgentReason":"Sécurité des élèves"}""".formatted(subject), "ar");
        assertThat(urgent.statusCode()).as(urgent.body()).isEqualTo(201);
        JsonNode urgentReceipt = json.readTree(urgent.body());
        assertThat(urgentReceipt.path("urgent").asBoolean()).isTrue();
        assertThat(LocalDate.parse(urgentReceipt.path("dueOn").asString())).isBefore(LocalDate.parse(receipt.path("dueOn").asString()));
        assertThat(urgentReceipt.path("trackingCode").asString()).isNotEqualTo(code);

        assertThat(api("POST", "/c/beni-mellal/api/information/requests", null, filing, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aFilingWithoutASubmissionKeyFilesExactlyOneRequest() throws Exception {
        String filing = """
                {"name":"Amina Ait","email":"amina@example.org","subject":"%s sans clé",
                 "details":"Le compte administratif de 2025.","urgent":false}""".formatted(subject);
        HttpResponse<String> filed = api("POST", "/c/beni-mellal/api/information/requests", token("bm.citizen"), filing, "fr");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String code = json.readTree(filed.body()).path("trackingCode").asString();
        assertThat(code).matches(CODE);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.info_request WHERE subject = ?")
                .param(subject + " sans clé").query(Long.class).single()).as("one request, filed once").isEqualTo(1L);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM commune_beni_mellal.info_request_event e
                          JOIN commune_beni_mellal.info_request r ON r.id = e.request_id
                         WHERE r.tracking_code = ?""")
                .param(code).query(Long.class).single()).as("received once").isEqualTo(1L);
        assertThat(json.readTree(ok(api("GET", "/c/beni-mellal/api/information/requests/" + code, null, null, null)))
                .path("history")).hasSize(1);
    }

    @Test
    void aFormMissingWhatTheLawAsksIsRefusedInTheCallersLanguageAndGarbageIsA400() throws Exception {
        String path = "/c/beni-mellal/api/information/requests";
        String citizen = token("bm.citizen");
        assertRefused(api("POST", path, citizen, "{\"email\":\"a@example.org\",\"subject\":\"%s\",\"details\":\"x\"}"
                .formatted(subject), "fr"), 409, "information.error.name", "Indiquez le nom du demandeur");
        assertRefused(api("POST", path, citizen, "{\"email\":\"a@example.org\",\"subject\":\"%s\",\"details\":\"x\"}"
                .formatted(subject), "ar"), 409, "information.error.name", "أدخلوا اسم صاحب الطلب");
        assertRefused(api("POST", path, citizen, "{\"name\":\"A\",\"subject\":\"%s\",\"details\":\"x\"}".formatted(subject), "fr"),
                409, "information.error.contact", "au moins un moyen de répondre");
        assertRefused(api("POST", path, citizen, "{\"name\":\"A\",\"email\":\"pas une adresse\",\"subject\":\"%s\",\"details\":\"x\"}"
                .formatted(subject), "fr"), 409, "information.error.email", "L’adresse électronique n’est pas valide");
        assertRefused(api("POST", path, citizen, "{\"name\":\"A\",\"email\":\"a@example.org\",\"details\":\"x\"}", "fr"),
                409, "information.error.subject", "Indiquez l’objet");
        assertRefused(api("POST", path, citizen, "{\"name\":\"A\",\"email\":\"a@example.org\",\"subject\":\"%s\",\"details\":\"x\",\"urgent\":true}"
                .formatted(subject), "fr"), 409, "information.error.urgentReason", "Expliquez pourquoi");
        assertRefused(api("POST", path, citizen, "{\"name\":\"%s\",\"email\":\"a@example.org\",\"subject\":\"%s\",\"details\":\"x\"}"
                .formatted("n".repeat(161), subject), "fr"), 409, "information.error.tooLong", "160");
        assertRefused(api("POST", path, citizen, "{\"name\":", "fr"), 400, "information.error.json", "La requête est illisible");
        assertRefused(api("POST", path, citizen, "", "ar"), 400, "information.error.json", "تعذرت قراءة الطلب");
        assertRefused(api("POST", path, citizen, "{\"name\":\"A\",\"urgent\":\"peut-être\"}", "fr"), 400,
                "information.error.json", "illisible");
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.info_request WHERE subject = ?")
                .param(subject).query(Long.class).single()).as("only the counter request").isEqualTo(1L);
    }

    @Test
    void theTrackingNumberShowsTheStepsAndTheAnswerButNeverWhoAsked() throws Exception {
        String code = counter.trackingCode();
        JsonNode tracked = json.readTree(ok(api("GET", "/c/beni-mellal/api/information/requests/" + code, null, null, "ar")));
        assertThat(tracked.path("subject").asString()).isEqualTo(subject);
        assertThat(tracked.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(tracked.path("history")).hasSize(1);
        assertThat(tracked.has("requester")).isFalse();
        assertThat(tracked.has("id")).isFalse();
        assertThat(tracked.toString()).doesNotContain("Fatima Zahra").doesNotContain("fz@example.org")
                .doesNotContain("Copie du budget").doesNotContain("bm.staff");
        assertThat(api("GET", "/c/beni-mellal/api/information/requests/" + code.toLowerCase(), null, null, null).statusCode())
                .isEqualTo(200);
        assertThat(api("GET", "/c/beni-mellal/api/information/requests/2020-ZZZZZZZZ", null, null, null).statusCode())
                .isEqualTo(404);
        assertThat(api("GET", "/c/beni-mellal/api/information/requests/n'importe-quoi", null, null, null).statusCode())
                .isEqualTo(404);

        CurrentCommune.runAs(beniMellal, () -> requests.decide(counter.id(), RequestStatus.REFUSED, "Données de tiers.",
                RefusalGround.PRIVATE_LIFE, List.of(), "bm.staff", requests.today()));
        JsonNode refused = json.readTree(ok(api("GET", "/c/beni-mellal/api/information/requests/" + code, null, null, "fr")));
        assertThat(refused.path("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.path("refusalGround").asString()).isEqualTo("PRIVATE_LIFE");
        assertThat(refused.path("refusalGroundLabel").asString()).startsWith("Vie privée des personnes");
        assertThat(refused.path("answerText").asString()).isEqualTo("Données de tiers.");
        assertThat(refused.path("complaintPossible").asBoolean()).isTrue();
        assertThat(refused.path("headComplaintUntil").asString()).isNotBlank();
        assertThat(refused.path("history")).hasSize(2);
    }

    @Test
    void theProactivePublicationIsPublicAndStaysInItsCommune() throws Exception {
        CurrentCommune.runAs(beniMellal, () -> publications.add(LocalizedText.of(null, "Publication " + subject, null, null),
                PublicationCategory.REPORTS, requests.today(), "/c/beni-mellal/news", null, "bm.staff"));
        JsonNode list = json.readTree(ok(api("GET", "/c/beni-mellal/api/information/publications", null, null, null)));
        assertThat(list.valueStream().filter(p -> p.path("title").path("values").path("fr").asString()
                .equals("Publication " + subject)).findFirst()).hasValueSatisfying(p -> {
                    assertThat(p.path("category").asString()).isEqualTo("REPORTS");
                    assertThat(p.path("externalUrl").asString()).isEqualTo("/c/beni-mellal/news");
                });
        assertThat(ok(api("GET", "/c/demnat/api/information/publications", null, null, null))).doesNotContain(subject);
    }

    @Test
    void staffFilterTheRegisterExtendOnceAndDecideWithALegalGroundAllAudited() throws Exception {
        String staff = token("bm.staff");
        String year = String.valueOf(counter.filedOn().getYear());
        assertThat(ok(api("GET", "/c/beni-mellal/api/information/register", staff, null, null)))
                .contains(subject).contains("Fatima Zahra");
        assertThat(ok(api("GET", "/c/beni-mellal/api/information/register?status=OPEN&channel=COUNTER&year=" + year,
                staff, null, null))).contains(subject);
        assertThat(ok(api("GET", "/c/beni-mellal/api/information/register?status=ANSWERED", staff, null, null)))
                .doesNotContain(subject);
        assertThat(ok(api("GET", "/c/beni-mellal/api/information/register?channel=ONLINE", staff, null, null)))
                .doesNotContain(subject);
        assertThat(ok(api("GET", "/c/beni-mellal/api/information/register?year=1999", staff, null, null)))
                .doesNotContain(subject);
        // Unknown filter values filter nothing, as on the staff page.
        assertThat(ok(api("GET", "/c/beni-mellal/api/information/register?status=NONSENSE&year=abc", staff, null, null)))
                .contains(subject);
        JsonNode detail = json.readTree(ok(api("GET", "/c/beni-mellal/api/information/register/" + counter.id(), staff, null, null)));
        assertThat(detail.path("requester").path("name").asString()).isEqualTo("Fatima Zahra");
        assertThat(detail.path("details").asString()).startsWith("Copie du budget");

        String base = "/c/beni-mellal/api/information/register/" + counter.id();
        assertRefused(api("POST", base + "/extension", staff, "{\"reason\":\"Documents nombreux\"}", "fr"), 409,
                "information.error.notice", "Le demandeur doit être informé");
        assertRefused(api("POST", base + "/extension", staff, "{\"reason\":\"Documents nombreux\",\"notified\":false}", "ar"),
                409, "information.error.notice", "يجب إشعار صاحب الطلب");
        assertRefused(api("POST", base + "/extension", staff, "{\"notified\":true}", "fr"), 409,
                "information.error.extensionReason", "Indiquez le motif de la prolongation");
        JsonNode extended = json.readTree(ok(api("POST", base + "/extension", staff, EXTENSION, null)));
        assertThat(extended.path("status").asString()).isEqualTo("EXTENDED");
        assertThat(LocalDate.parse(extended.path("dueOn").asString())).isAfter(counter.dueOn());
        assertRefused(api("POST", base + "/extension", staff, EXTENSION, "fr"), 409, "information.error.alreadyExtended",
                "qu’une prolongation");

        assertRefused(api("POST", base + "/decision", staff, "{\"outcome\":\"REFUSED\",\"answer\":\"Motifs\"}", "fr"), 409,
                "information.error.ground", "motif légal (art. 7)");
        assertRefused(api("POST", base + "/decision", staff, "{\"outcome\":\"REFUSED\",\"answer\":\"Motifs\",\"ground\":\"WHIM\"}", "ar"),
                409, "information.error.ground", "المادة 7");
        assertRefused(api("POST", base + "/decision", staff, "{\"outcome\":\"MAYBE\",\"answer\":\"x\"}", "fr"), 409,
                "information.error.outcome", "Choisissez l’issue");
        assertRefused(api("POST", base + "/decision", staff, "{\"outcome\":\"RECEIVED\",\"answer\":\"x\"}", "fr"), 409,
                "information.error.outcome", "Choisissez l’issue");
        assertRefused(api("POST", base + "/decision", staff, "{\"outcome\":\"ANSWERED\"}", "fr"), 409,
                "information.error.answer", "Rédigez la réponse");
        assertRefused(api("POST", base + "/decision", staff, "{\"outcome\":\"ANSWERED\",\"answer\":\"x\",\"on\":\"demain\"}", "fr"),
                409, "information.error.date", "La date est invalide");
        assertRefused(api("POST", base + "/decision", staff, "{\"outcome\":\"ANSWERED\",\"answer\":\"x\",\"on\":\"%s\"}"
                .formatted(counter.filedOn().plusYears(5)), "ar"), 409, "information.error.date", "التاريخ غير صحيح");
        assertRefused(api("POST", base + "/decision", staff, "{\"outcome\":", "fr"), 400, "information.error.json", "illisible");
        JsonNode decided = json.readTree(ok(api("POST", base + "/decision", staff, DECISION, null)));
        assertThat(decided.path("status").asString()).isEqualTo("REFUSED");
        assertThat(decided.path("refusalGround").asString()).isEqualTo("PRIVATE_LIFE");
        assertRefused(api("POST", base + "/decision", staff, DECISION, "fr"), 409, "information.error.wrongStatus",
                "a déjà reçu sa réponse");
        assertThat(jdbc.sql("SELECT action FROM platform.audit_event WHERE commune = 'beni-mellal' AND target = ? AND actor = 'bm.staff' ORDER BY id")
                .param("info_request/" + counter.id()).query(String.class).list())
                .containsExactly("information.file", "information.extend", "information.decide");

        // A partial answer names its ground too; a full answer needs none.
        for (String outcome : List.of("PARTLY_ANSWERED", "ANSWERED")) {
            RequestView other = CurrentCommune.callAs(beniMellal, () -> requests.file(
                    InformationFixtures.form(subject + " " + outcome), Channel.COUNTER, null, "bm.staff", requests.today()));
            JsonNode answered = json.readTree(ok(api("POST", "/c/beni-mellal/api/information/register/" + other.id() + "/decision",
                    token("bm.admin"), "{\"outcome\":\"%s\",\"answer\":\"Voici.\",\"ground\":\"%s\"}"
                            .formatted(outcome, outcome.equals("ANSWERED") ? "" : "INTELLECTUAL_PROPERTY"), null)));
            assertThat(answered.path("status").asString()).isEqualTo(outcome);
        }

        assertThat(api("GET", "/c/beni-mellal/api/information/register/999999999", staff, null, null).statusCode()).isEqualTo(404);
        assertThat(api("POST", "/c/beni-mellal/api/information/register/999999999/decision", staff, DECISION, null).statusCode())
                .isEqualTo(404);
        assertThat(api("POST", "/c/beni-mellal/api/information/register/999999999/extension", staff, EXTENSION, null).statusCode())
                .isEqualTo(404);
        assertThat(api("GET", "/c/beni-mellal/api/information/register/abc", staff, null, null).statusCode()).isEqualTo(400);
    }

    @Test
    void beniMellalRequestsAreNotFoundUnderDemnate() throws Exception {
        String demnatStaff = token("demnat.staff");
        assertThat(api("GET", "/c/demnat/api/information/requests/" + counter.trackingCode(), null, null, null).statusCode())
                .isEqualTo(404);
        assertThat(ok(api("GET", "/c/demnat/api/information/register", demnatStaff, null, null))).doesNotContain(subject);
        assertThat(api("GET", "/c/demnat/api/information/register/" + counter.id(), demnatStaff, null, null).statusCode())
                .isEqualTo(404);
        assertThat(api("POST", "/c/demnat/api/information/register/" + counter.id() + "/extension", demnatStaff, EXTENSION, null)
                .statusCode()).isEqualTo(404);
        assertThat(api("POST", "/c/demnat/api/information/register/" + counter.id() + "/decision", demnatStaff, DECISION, null)
                .statusCode()).isEqualTo(404);
        assertStillOpen();
    }

    @Test
    void theRegisterComesAPageAtATimeAndRefusesPagesThatAreNotOnes() throws Exception {
        // 2017: a year no other test files in, so the year filter gives this test a register of its own.
        String marker = InformationFixtures.uniqueSubject("Pages API");
        List<Long> filed = CurrentCommune.callAs(beniMellal, () -> java.util.stream.IntStream.range(0, 55)
                .mapToObj(i -> requests.file(InformationFixtures.form(marker + " " + i), Channel.COUNTER, null, "bm.staff",
                        LocalDate.of(2017, 3, 1).plusDays(i)).id()).toList());
        CurrentCommune.callAs(registry.findBySlug("demnat").orElseThrow(), () -> requests.file(
                InformationFixtures.form(marker + " Demnate"), Channel.COUNTER, null, "demnat.staff", LocalDate.of(2017, 3, 1)));
        String staff = token("bm.staff");
        String base = "/c/beni-mellal/api/information/register?year=2017";

        JsonNode first = json.readTree(ok(api("GET", base, staff, null, null)));
        assertThat(first.path("page").asInt()).isEqualTo(1);
        assertThat(first.path("size").asInt()).isEqualTo(50);
        assertThat(first.path("totalItems").asLong()).isEqualTo(55);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.path("items").size()).isEqualTo(50);
        assertThat(first.path("items").get(0).path("requester").path("name").asString()).isEqualTo("Fatima Zahra");
        assertThat(json.readTree(ok(api("GET", base + "&page=2", staff, null, null))).path("items").size()).isEqualTo(5);

        // Pages of 20 from 1 to 3 hold every request once, newest first, and none of Demnate's.
        List<Long> seen = new java.util.ArrayList<>();
        List<String> filedOn = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode slice = json.readTree(ok(api("GET", base + "&size=20&page=" + page, staff, null, null)));
            assertThat(slice.path("totalPages").asInt()).isEqualTo(3);
            slice.path("items").forEach(item -> {
                seen.add(item.path("id").asLong());
                filedOn.add(item.path("filedOn").asString());
                assertThat(item.path("subject").asString()).startsWith(marker).doesNotContain("Demnate");
            });
        }
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(filed);
        assertThat(filedOn).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // Filters and pages together; past the last page, an empty page that still gives the totals.
        JsonNode silent = json.readTree(ok(api("GET", base + "&status=IMPLICIT_REFUSAL&channel=COUNTER&size=50&page=2",
                staff, null, null)));
        assertThat(silent.path("items").size()).isEqualTo(5);
        assertThat(silent.path("totalItems").asLong()).isEqualTo(55);
        assertThat(json.readTree(ok(api("GET", base + "&channel=ONLINE", staff, null, null))).path("totalItems").asLong()).isZero();
        JsonNode past = json.readTree(ok(api("GET", base + "&page=999999999&size=100", staff, null, null)));
        assertThat(past.path("items").size()).isZero();
        assertThat(past.path("page").asInt()).isEqualTo(999999999);
        assertThat(past.path("totalItems").asLong()).isEqualTo(55);
        assertThat(past.path("totalPages").asInt()).isEqualTo(1);

        for (String page : List.of("0", "-1", "abc", "1.5", "1e3", "99999999999", "", "%3Cscript%3E", "1,2")) {
            assertRefused(api("GET", base + "&page=" + page, staff, null, "fr"), 400, "information.error.page",
                    "numéro de page");
        }
        for (String size : List.of("0", "101", "-5", "abc", "100000000000")) {
            assertRefused(api("GET", base + "&size=" + size, staff, null, "en"), 400, "information.error.size", "from 1 to 100");
        }
        assertRefused(api("GET", base + "&size=0", staff, null, "ar"), 400, "information.error.size", "من 1 إلى 100");
        // Demnate's staff page through their own register and never meet Beni Mellal's requests.
        JsonNode demnat = json.readTree(ok(api("GET", "/c/demnat/api/information/register?year=2017&size=100", token("demnat.staff"),
                null, null)));
        assertThat(demnat.path("totalItems").asLong()).isEqualTo(1);
        assertThat(demnat.path("items").get(0).path("subject").asString()).isEqualTo(marker + " Demnate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demnat.staff", "demnat.admin", "azilal.admin", "bm.citizen"})
    void nobodyButBeniMellalStaffReachesTheRegister(String user) throws Exception {
        String token = token(user);
        String base = "/c/beni-mellal/api/information/register";
        assertThat(api("GET", base, token, null, null).statusCode()).isEqualTo(403);
        assertThat(api("GET", base + "/" + counter.id(), token, null, null).statusCode()).isEqualTo(403);
        assertThat(api("POST", base + "/" + counter.id() + "/extension", token, EXTENSION, null).statusCode()).isEqualTo(403);
        assertThat(api("POST", base + "/" + counter.id() + "/decision", token, DECISION, null).statusCode()).isEqualTo(403);
        // A Beni Mellal staff token replayed on Demnate's address is nobody there.
        assertThat(api("GET", "/c/demnat/api/information/register", token("bm.staff"), null, null).statusCode()).isEqualTo(403);
        assertStillOpen();
    }

    @Test
    void anonymousCallersCannotReachTheRegister() throws Exception {
        String base = "/c/beni-mellal/api/information/register";
        assertThat(api("GET", base, null, null, null).statusCode()).isEqualTo(401);
        assertThat(api("GET", base + "/" + counter.id(), null, null, null).statusCode()).isEqualTo(401);
        assertThat(api("POST", base + "/" + counter.id() + "/extension", null, EXTENSION, null).statusCode()).isEqualTo(401);
        assertThat(api("POST", base + "/" + counter.id() + "/decision", null, DECISION, null).statusCode()).isEqualTo(401);
        assertStillOpen();
    }

    private void assertStillOpen() {
        RequestView now = CurrentCommune.callAs(beniMellal, () -> requests.find(counter.id()));
        assertThat(now.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(now.history()).hasSize(1);
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
