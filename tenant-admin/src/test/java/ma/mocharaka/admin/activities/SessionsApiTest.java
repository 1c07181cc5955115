package ma.mocharaka.admin.activities;

import static ma.mocharaka.admin.ApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/**
 * Writing sessions, programs and step evidence through the JSON API with real Keycloak tokens: the office writes
 * anything; a focal point only sessions of their own commune alone and evidence of their own commune's steps; an
 * analyst and everyone else are refused, and a refusal changes nothing.
 */
@AdminTest
class SessionsApiTest {

    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;

    private static String session(String titleFr, String communes, String agenda) {
        return """
                {"program": "tadafor", "kind": "TRAINING", "titleAr": "تكوين %s", "titleFr": "%s",
                 "startsOn": "2025-03-10", "endsOn": "2025-03-10", "place": "Dar Chabab",
                 "communes": [%s],
                 "participants": [{"category": "ASSOCIATIONS", "total": 20, "women": 9, "youth": 7, "disability": 1}],
                 "agenda": [%s]}""".formatted(titleFr, titleFr, communes, agenda);
    }

    private long activity(String titleFr) {
        return jdbc.sql("SELECT id FROM platform.activity WHERE title_fr = ?").param(titleFr).query(Long.class).single();
    }

    private String activities() {
        return jdbc.sql("SELECT string_agg(id || title_fr || starts_on, '|' ORDER BY id) FROM platform.activity")
                .query(String.class).single();
    }

    @Test
    void demnatsFocalPointRecordsEditsAndRemovesASessionOfDemnatAlone() throws Exception {
        HttpResponse<String> created = call("POST", "/api/communes/demnat/activities", "demnat.focal",
                session("Atelier budget participatif Demnate", "\"beni-mellal\", \"azilal\"",
                        "{\"startsAt\": \"09:00\", \"endsAt\": \"09:30\", \"title\": \"Accueil\"}"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).as("a focal point's session is their commune's, whatever was sent")
                .contains("\"communes\":[\"demnat\"]", "\"title\":\"Accueil\"");
        long id = activity("Atelier budget participatif Demnate");

        HttpResponse<String> updated = call("PUT", "/api/communes/demnat/activities/" + id, "demnat.focal",
                session("Atelier budget participatif Demnate", "",
                        "{\"startsAt\": \"09:00\", \"endsAt\": \"09:30\", \"title\": \"Accueil\"},"
                                + "{\"startsAt\": \"09:30\", \"title\": \"Présentation des règles\"}"));
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("Présentation des règles");

        assertThat(call("DELETE", "/api/communes/demnat/activities/" + id, "demnat.focal", null).statusCode())
                .isEqualTo(204);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.activity_agenda_item WHERE activity_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(audit.recent("demnat", 30))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("activity.create");
                    assertThat(e.actor()).isEqualTo("demnat.focal");
                })
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("activity.update");
                    assertThat(e.before()).doesNotContain("Présentation des règles");
                    assertThat(e.after()).contains("Présentation des règles");
                })
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("activity.delete");
                    assertThat(e.before()).contains("Atelier budget participatif Demnate");
                    assertThat(e.after()).isNull();
                });
    }

    @Test
    void aFocalPointTouchesNeitherAnotherCommunesSessionsNorSharedOnes() throws Exception {
        HttpResponse<String> shared = call("POST", "/api/activities", "program.admin",
                session("Rencontre Demnate Azilal", "\"demnat\", \"azilal\"", ""));
        assertThat(shared.statusCode()).isEqualTo(201);
        long sharedId = activity("Rencontre Demnate Azilal");
        assertThat(call("POST", "/api/communes/demnat/activities", "program.admin",
                session("Session de Demnate seule", "", "")).statusCode()).isEqualTo(201);
        long demnatOnly = activity("Session de Demnate seule");
        String before = activities();

        assertThat(call("PUT", "/api/communes/demnat/activities/" + sharedId, "demnat.focal",
                session("Modifiée", "", "")).statusCode()).as("shared with Azilal").isEqualTo(404);
        assertThat(call("DELETE", "/api/communes/demnat/activities/" + sharedId, "demnat.focal", null).statusCode())
                .isEqualTo(404);
        assertThat(call("PUT", "/api/activities/" + demnatOnly, "demnat.focal", session("Modifiée", "", ""))
                .statusCode()).isEqualTo(403);
        for (String user : new String[] {"bm.focal", "azilal.admin", "program.analyst", "demnat.admin", "demnat.citizen"}) {
            assertThat(call("POST", "/api/communes/demnat/activities", user, session("Intruse " + user, "", ""))
                    .statusCode()).as(user).isEqualTo(403);
            assertThat(call("PUT", "/api/communes/demnat/activities/" + demnatOnly, user, session("Modifiée", "", ""))
                    .statusCode()).as(user).isEqualTo(403);
            assertThat(call("DELETE", "/api/communes/demnat/activities/" + demnatOnly, user, null).statusCode())
                    .as(user).isEqualTo(403);
        }
        assertThat(call("PUT", "/api/communes/beni-mellal/activities/" + demnatOnly, "bm.focal",
                session("Modifiée", "", "")).statusCode()).as("not Beni Mellal's").isEqualTo(404);
        assertThat(call("POST", "/api/activities", "program.analyst", session("Refusée", "", "")).statusCode())
                .isEqualTo(403);
        assertThat(call("DELETE", "/api/activities/" + sharedId, "bm.focal", null).statusCode()).isEqualTo(403);

        assertThat(activities()).as("a refused request changes nothing").isEqualTo(before);
    }

    @Test
    void badSessionsAreRefusedWithTheirReasons() throws Exception {
        String before = activities();
        HttpResponse<String> badAgenda = call("POST", "/api/communes/demnat/activities", "demnat.focal",
                session("Agenda à l’envers", "", "{\"startsAt\": \"10:00\", \"endsAt\": \"09:00\", \"title\": \"Pause\"},"
                        + "{\"endsAt\": \"11:00\", \"title\": \"Sans début\"}"));
        HttpResponse<String> badDates = call("POST", "/api/activities", "program.admin", """
                {"kind": "MEETING", "titleAr": "اجتماع", "titleFr": "Dates inversées", "startsOn": "2025-03-10",
                 "endsOn": "2025-03-01", "communes": ["nowhere"]}""");

        assertThat(badAgenda.statusCode()).isEqualTo(400);
        assertThat(badAgenda.body()).contains("session.error.agendaEndsBeforeStart", "session.error.agendaNeedsTime");
        assertThat(badDates.statusCode()).isEqualTo(400);
        assertThat(badDates.body()).contains("activity.error.dateRange", "activity.error.unknownCommune");
        assertThat(activities()).isEqualTo(before);
    }

    @ParameterizedTest(name = "create a program as {0} -> {1}")
    @CsvSource({"program.analyst, 403", "demnat.focal, 403", "bm.admin, 403", "demnat.citizen, 403"})
    void onlyProgramAdminsWritePrograms(String user, int expected) throws Exception {
        assertThat(call("POST", "/api/programs", user, """
                {"code": "refused-program", "nameAr": "برنامج", "nameFr": "Programme refusé"}""").statusCode())
                .isEqualTo(expected);
        assertThat(call("PUT", "/api/programs/tadafor", user, """
                {"nameAr": "تغيير", "nameFr": "Changé"}""").statusCode()).isEqualTo(expected);
        assertThat(call("DELETE", "/api/programs/performance", user, null).statusCode()).isEqualTo(expected);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.program WHERE code = 'refused-program' OR name_fr = 'Changé'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theOfficeCreatesChangesAndRemovesAProgramButNotOneInUse() throws Exception {
        HttpResponse<String> created = call("POST", "/api/programs", "program.admin", """
                {"code": "youth-councils", "nameAr": "برنامج مجالس الشباب", "nameFr": "Programme conseils des jeunes",
                 "startsOn": "2026-01-01", "endsOn": "2027-12-31", "targetCommunes": 20}""");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"women\":33", "\"disability\":6.5");
        assertThat(call("POST", "/api/programs", "program.admin", """
                {"code": "youth-councils", "nameAr": "ب", "nameFr": "Doublon"}""").statusCode()).isEqualTo(409);
        assertThat(call("PUT", "/api/programs/youth-councils", "program.admin", """
                {"nameAr": "برنامج مجالس الشباب", "nameFr": "Conseils des jeunes", "startsOn": "2026-01-01",
                 "endsOn": "2025-01-01"}""").statusCode()).as("ends before it starts").isEqualTo(400);
        HttpResponse<String> updated = call("PUT", "/api/programs/youth-councils", "program.admin", """
                {"nameAr": "برنامج مجالس الشباب", "nameFr": "Conseils des jeunes", "targetYouthPct": 50}""");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("Conseils des jeunes", "\"youth\":50");
        assertThat(call("DELETE", "/api/programs/tadafor", "program.admin", null).statusCode())
                .as("communes are enrolled in it").isEqualTo(409);
        assertThat(call("DELETE", "/api/programs/youth-councils", "program.admin", null).statusCode()).isEqualTo(204);
        assertThat(audit.recent(null, 50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("program.update");
            assertThat(e.before()).contains("Programme conseils des jeunes");
            assertThat(e.after()).contains("Conseils des jeunes");
        });
    }

    private static HttpResponse<String> upload(String path, String user, String filename, byte[] content)
            throws Exception {
        String boundary = "----mocharaka" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(AdminTest.BASE_URL + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + KeycloakTestServer.passwordGrantToken(user,
                        KeycloakTestServer.DEMO_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void evidenceUploadedThroughTheApiPassesTheFormsChecks() throws Exception {
        long step = jdbc.sql("""
                SELECT t.id FROM platform.onboarding_step_template t JOIN platform.program p ON p.id = t.program_id
                WHERE p.code = 'tadafor' AND t.code = 'exchange-visit'""").query(Long.class).single();
        String path = "/api/communes/demnat/steps/" + step + "/evidence";
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String countSql = "SELECT count(*) FROM platform.onboarding_evidence e JOIN platform.commune c ON c.id = e.commune_id "
                + "WHERE c.slug = 'demnat' AND e.template_id = " + step;
        long before = jdbc.sql(countSql).query(Long.class).single();

        assertThat(upload(path, "bm.focal", "pv.pdf", pdf).statusCode()).isEqualTo(403);
        assertThat(upload(path, "program.analyst", "pv.pdf", pdf).statusCode()).isEqualTo(403);
        HttpResponse<String> disguised = upload(path, "demnat.focal", "pv.pdf", "MZ not a pdf".getBytes());
        assertThat(disguised.statusCode()).isEqualTo(400);
        assertThat(disguised.body()).contains("files.error.type");
        HttpResponse<String> tooLarge = upload(path, "demnat.focal", "scan.pdf", new byte[5 * 1024 * 1024 + 1]);
        assertThat(tooLarge.statusCode()).isIn(400, 413);
        assertThat(jdbc.sql(countSql).query(Long.class).single()).isEqualTo(before);

        HttpResponse<String> kept = upload(path, "demnat.focal", "pv-visite-agadir.pdf", pdf);
        assertThat(kept.statusCode()).isEqualTo(201);
        assertThat(kept.body()).contains("pv-visite-agadir.pdf");
        assertThat(jdbc.sql(countSql).query(Long.class).single()).isEqualTo(before + 1);
        assertThat(audit.recent("demnat", 10)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("onboarding.evidence");
            assertThat(e.actor()).isEqualTo("demnat.focal");
            assertThat(e.after()).contains("pv-visite-agadir.pdf");
        });
    }
}
