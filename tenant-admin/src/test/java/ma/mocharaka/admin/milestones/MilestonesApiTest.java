package ma.mocharaka.admin.milestones;

import static ma.mocharaka.admin.ApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.audit.AuditTrail;

/**
 * Milestones through the JSON API with real Keycloak tokens against the demo data: who reads and writes which
 * program's and commune's milestones, the computed status, refused input, the audit trail, and double posts.
 */
@AdminTest
class MilestonesApiTest {

    @Autowired JdbcClient jdbc;
    @Autowired Milestones milestones;
    @Autowired AuditTrail audit;

    private long demnatMilestone(String titleFr) {
        return jdbc.sql("""
                SELECT m.id FROM platform.milestone m JOIN platform.commune c ON c.id = m.commune_id
                WHERE c.slug = 'demnat' AND m.title_fr = ?""").param(titleFr).query(Long.class).single();
    }

    private long programMilestone(String titleFr) {
        return jdbc.sql("SELECT id FROM platform.milestone WHERE commune_id IS NULL AND title_fr = ?")
                .param(titleFr).query(Long.class).single();
    }

    private String demnatMilestones() {
        return jdbc.sql("""
                SELECT coalesce(string_agg(m.id || m.title_fr || coalesce(m.planned_on::text, '')
                       || coalesce(m.actual_on::text, ''), '|' ORDER BY m.id), '')
                FROM platform.milestone m JOIN platform.commune c ON c.id = m.commune_id WHERE c.slug = 'demnat'""")
                .query(String.class).single();
    }

    private static String body(String program, String titleFr, LocalDate planned, LocalDate actual) {
        return """
                {"program": %s, "titleAr": "محطة %s", "titleFr": "%s", "plannedOn": %s, "actualOn": %s}"""
                .formatted(program == null ? "null" : "\"" + program + "\"", titleFr, titleFr,
                        planned == null ? "null" : "\"" + planned + "\"", actual == null ? "null" : "\"" + actual + "\"");
    }

    @Test
    void demnatsRealMilestonesAreSeededAsReached() throws Exception {
        HttpResponse<String> answer = call("GET", "/api/communes/demnat/milestones", "demnat.focal", null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"actualOn\":\"2025-02-06\"", "\"actualOn\":\"2025-02-15\"",
                "Visite d’échange à Agadir", "\"status\":\"DONE\"").doesNotContain("beni-mellal");
        HttpResponse<String> program = call("GET", "/api/programs/tadafor/milestones", "program.analyst", null);
        assertThat(program.body()).contains("\"actualOn\":\"2022-05-19\"", "60 communes accompagnées",
                "\"commune\":\"demnat\"");
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, /api/communes/demnat/milestones, program.admin, 200",
            "GET, /api/communes/demnat/milestones, program.analyst, 200",
            "GET, /api/communes/demnat/milestones, demnat.focal, 200",
            "GET, /api/communes/demnat/milestones, bm.focal, 403",
            "GET, /api/communes/demnat/milestones, azilal.admin, 403",
            "GET, /api/communes/demnat/milestones, demnat.admin, 403",
            "GET, /api/communes/demnat/milestones, demnat.citizen, 403",
            "GET, /api/communes/demnat/milestones, , 401",
            "GET, /api/programs/tadafor/milestones, program.analyst, 200",
            "GET, /api/programs/tadafor/milestones, demnat.focal, 403",
            "GET, /api/programs/tadafor/milestones, bm.staff, 403",
            "GET, /api/programs/nowhere/milestones, program.admin, 404",
    })
    void readingFollowsRolesAndCommunes(String method, String path, String user, int expected) throws Exception {
        assertThat(call(method, path, user, null).statusCode()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "writing Demnat's milestones as {0} -> 403")
    @CsvSource({"bm.focal", "azilal.admin", "program.analyst", "demnat.admin", "demnat.staff", "demnat.citizen"})
    void onlyTheOfficeAndDemnatsFocalPointWriteDemnatsMilestones(String user) throws Exception {
        long approval = demnatMilestone("Plan d’action approuvé par le conseil");
        String before = demnatMilestones();

        assertThat(call("POST", "/api/communes/demnat/milestones", user,
                body("tadafor", "Intrus " + user, null, LocalDate.of(2025, 1, 1))).statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/api/communes/demnat/milestones/" + approval, user,
                body("tadafor", "Modifié", null, LocalDate.of(2025, 1, 1))).statusCode()).isEqualTo(403);
        assertThat(call("DELETE", "/api/communes/demnat/milestones/" + approval, user, null).statusCode())
                .isEqualTo(403);

        assertThat(demnatMilestones()).as("a refused request changes nothing").isEqualTo(before);
    }

    @Test
    void aFocalPointCannotReachAnotherCommunesMilestoneThroughTheirOwnAddress() throws Exception {
        long approval = demnatMilestone("Plan d’action approuvé par le conseil");
        String before = demnatMilestones();

        assertThat(call("PUT", "/api/communes/beni-mellal/milestones/" + approval, "bm.focal",
                body("tadafor", "Détourné", null, LocalDate.of(2025, 1, 1))).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/communes/beni-mellal/milestones/" + approval, "bm.focal", null)
                .statusCode()).isEqualTo(404);
        long programLevel = programMilestone("60 communes accompagnées");
        assertThat(call("DELETE", "/api/communes/demnat/milestones/" + programLevel, "demnat.focal", null)
                .statusCode()).as("a program's own milestone is not a commune's").isEqualTo(404);
        assertThat(call("PUT", "/api/programs/tadafor/milestones/" + programLevel, "demnat.focal",
                body(null, "60 communes", LocalDate.of(2026, 1, 1), null)).statusCode()).isEqualTo(403);

        assertThat(demnatMilestones()).isEqualTo(before);
    }

    @Test
    void demnatsFocalPointAddsEditsAndRemovesAMilestoneAndEveryChangeIsAudited() throws Exception {
        LocalDate planned = milestones.today().plusDays(30);
        HttpResponse<String> created = call("POST", "/api/communes/demnat/milestones", "demnat.focal",
                body("tadafor", "Premier forum citoyen", planned, null));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"status\":\"UPCOMING\"", "\"commune\":\"demnat\"");
        long id = demnatMilestone("Premier forum citoyen");

        HttpResponse<String> late = call("PUT", "/api/communes/demnat/milestones/" + id, "demnat.focal",
                body("tadafor", "Premier forum citoyen", milestones.today().minusDays(2), null));
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).as("late is computed from the planned date").contains("\"status\":\"LATE\"");

        HttpResponse<String> reached = call("PUT", "/api/communes/demnat/milestones/" + id, "demnat.focal",
                body("tadafor", "Premier forum citoyen", milestones.today().minusDays(2), milestones.today()));
        assertThat(reached.body()).contains("\"status\":\"DONE\"", "\"delayDays\":2");

        assertThat(call("DELETE", "/api/communes/demnat/milestones/" + id, "demnat.focal", null).statusCode())
                .isEqualTo(204);
        assertThat(demnatMilestones()).doesNotContain("Premier forum citoyen");

        assertThat(audit.recent("demnat", 20))
                .anySatisfy(event -> {
                    assertThat(event.actor()).isEqualTo("demnat.focal");
                    assertThat(event.action()).isEqualTo("milestone.create");
                    assertThat(event.before()).isNull();
                    assertThat(event.after()).contains("Premier forum citoyen", "planned=" + planned);
                })
                .anySatisfy(event -> {
                    assertThat(event.action()).isEqualTo("milestone.update");
                    assertThat(event.before()).contains("actual=null");
                    assertThat(event.after()).contains("actual=" + milestones.today());
                })
                .anySatisfy(event -> {
                    assertThat(event.action()).isEqualTo("milestone.delete");
                    assertThat(event.before()).contains("Premier forum citoyen");
                    assertThat(event.after()).isNull();
                });
    }

    @Test
    void theOfficeKeepsTheProgramsOwnMilestones() throws Exception {
        HttpResponse<String> created = call("POST", "/api/programs/openness/milestones", "program.admin",
                body(null, "Plans d’ouverture approuvés", milestones.today().plusDays(10), null));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"program\":\"openness\"", "\"commune\":null");
        long id = programMilestone("Plans d’ouverture approuvés");

        assertThat(call("POST", "/api/programs/openness/milestones", "program.analyst",
                body(null, "Refusé", milestones.today(), null)).statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/api/programs/openness/milestones/" + id, "program.admin",
                body(null, "Plans d’ouverture approuvés", milestones.today().plusDays(12), null)).body())
                .contains("\"plannedOn\":\"" + milestones.today().plusDays(12) + "\"");
        assertThat(call("GET", "/api/programs/openness/milestones", "program.analyst", null).body())
                .contains("Plans d’ouverture approuvés");
        assertThat(call("DELETE", "/api/programs/openness/milestones/" + id, "program.admin", null).statusCode())
                .isEqualTo(204);
        assertThat(audit.recent(null, 50)).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("milestone.delete");
            assertThat(event.actor()).isEqualTo("program.admin");
            assertThat(event.commune()).isNull();
        });
    }

    @Test
    void badMilestonesAreRefusedWithTheirReasonsAndSaveNothing() throws Exception {
        String before = demnatMilestones();

        HttpResponse<String> noDate = call("POST", "/api/communes/demnat/milestones", "demnat.focal",
                body("tadafor", "Sans date", null, null));
        HttpResponse<String> future = call("POST", "/api/communes/demnat/milestones", "demnat.focal",
                body("tadafor", "Futur", null, milestones.today().plusDays(1)));
        HttpResponse<String> notEnrolled = call("POST", "/api/communes/demnat/milestones", "demnat.focal",
                body("openness", "Hors programme", milestones.today(), null));
        HttpResponse<String> noTitle = call("POST", "/api/communes/demnat/milestones", "demnat.focal",
                "{\"program\": \"tadafor\", \"titleAr\": \" \", \"titleFr\": \"\", \"plannedOn\": \"2026-01-01\"}");
        HttpResponse<String> duplicate = call("POST", "/api/communes/demnat/milestones", "demnat.focal",
                body("tadafor", "Conseil des enfants créé", null, LocalDate.of(2025, 2, 15)));

        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(noDate.body()).contains("milestone.error.noDate");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("milestone.error.actualInFuture");
        assertThat(notEnrolled.statusCode()).isEqualTo(400);
        assertThat(notEnrolled.body()).contains("milestone.error.notEnrolled");
        assertThat(noTitle.statusCode()).isEqualTo(400);
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("milestone.error.duplicate");
        assertThat(demnatMilestones()).isEqualTo(before);
    }

    @Test
    void theSameMilestonePostedTwentyTimesAtOnceIsSavedOnce() throws Exception {
        String json = body("tadafor", "Comité de pilotage élargi", milestones.today().plusDays(40), null);
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            posts.add(() -> call("POST", "/api/communes/demnat/milestones", "program.admin", json).statusCode());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            for (Future<Integer> answer : pool.invokeAll(posts)) {
                statuses.add(answer.get());
            }
        }

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.milestone WHERE title_fr = 'Comité de pilotage élargi'")
                .query(Long.class).single()).isEqualTo(1);
    }
}
