package ma.mocharaka.admin.onboarding;

import static ma.mocharaka.admin.ApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.audit.AuditTrail;

/**
 * Onboarding steps through the JSON API with real Keycloak tokens against the demo data: who may read and report
 * which commune's steps, the office's review, the audit trail, and the late status computed from dates.
 */
@AdminTest
class OnboardingApiTest {

    @Autowired JdbcClient jdbc;
    @Autowired StepReporting reporting;
    @Autowired AuditTrail audit;

    private long template(String program, String step) {
        return jdbc.sql("""
                SELECT t.id FROM platform.onboarding_step_template t JOIN platform.program p ON p.id = t.program_id
                WHERE p.code = ? AND t.code = ?""").params(program, step).query(Long.class).single();
    }

    @Test
    void demnatsRealRecordIsSeededAsDone() throws Exception {
        HttpResponse<String> steps = call("GET", "/api/communes/demnat/steps", "demnat.focal", null);

        assertThat(steps.statusCode()).isEqualTo(200);
        assertThat(steps.body()).contains("\"code\":\"application\"", "\"actualOn\":\"2023-06-06\"",
                "\"code\":\"council-approval\"", "\"actualOn\":\"2025-02-06\"", "Agdain")
                .doesNotContain("\"status\":\"LATE\"", "\"status\":\"PLANNED\"");
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, /api/communes/demnat/steps, demnat.focal, 200",
            "GET, /api/communes/demnat/steps, program.analyst, 200",
            "GET, /api/communes/demnat/steps, program.admin, 200",
            "GET, /api/communes/demnat/steps, bm.focal, 403",
            "GET, /api/communes/demnat/steps, azilal.admin, 403",
            "GET, /api/communes/demnat/steps, demnat.admin, 403",
            "GET, /api/communes/demnat/steps, demnat.staff, 403",
            "GET, /api/communes/demnat/steps, demnat.citizen, 403",
            "GET, /api/communes/demnat/activities, demnat.focal, 200",
            "GET, /api/communes/demnat/activities, bm.focal, 403",
            "GET, /api/communes/demnat/activities, azilal.admin, 403",
            "GET, /api/programs, program.analyst, 200",
            "GET, /api/programs, bm.focal, 403",
            "GET, /api/programs/tadafor, bm.focal, 403",
            "GET, /api/activities, program.analyst, 200",
            "GET, /api/activities, demnat.focal, 403",
    })
    void readAccessFollowsRolesAndOrganizations(String method, String path, String user, int expected)
            throws Exception {
        assertThat(call(method, path, user, null).statusCode()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "report on Demnat as {0} -> {1}")
    @CsvSource({"bm.focal, 403", "azilal.admin, 403", "program.analyst, 403", "demnat.admin, 403", "demnat.citizen, 403"})
    void onlyDemnatsFocalPointAndTheOfficeMayReportOnDemnat(String user, int expected) throws Exception {
        long step = template("tadafor", "exchange-visit");
        String before = jdbc.sql("SELECT s.status || coalesce(s.achievement, '') FROM platform.onboarding_step s "
                        + "JOIN platform.commune c ON c.id = s.commune_id WHERE c.slug = 'demnat' AND s.template_id = ?")
                .param(step).query(String.class).single();

        HttpResponse<String> answer = call("POST", "/api/communes/demnat/steps/" + step, user,
                "{\"status\": \"BLOCKED\", \"achievement\": \"tampered\"}");

        assertThat(answer.statusCode()).isEqualTo(expected);
        assertThat(jdbc.sql("SELECT s.status || coalesce(s.achievement, '') FROM platform.onboarding_step s "
                        + "JOIN platform.commune c ON c.id = s.commune_id WHERE c.slug = 'demnat' AND s.template_id = ?")
                .param(step).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void aFocalPointReportsAndTheOfficeValidatesWithTheStateBeforeAndAfterAudited() throws Exception {
        long step = template("tadafor", "council-approval");
        HttpResponse<String> reported = call("POST", "/api/communes/beni-mellal/steps/" + step, "bm.focal", """
                {"status": "IN_PROGRESS", "plannedOn": "%s", "achievement": "Projet transmis au bureau du conseil"}"""
                .formatted(reporting.today().plusDays(20)));
        assertThat(reported.statusCode()).isEqualTo(200);
        assertThat(reported.body()).contains("\"status\":\"IN_PROGRESS\"", "\"review\":\"SUBMITTED\"");

        assertThat(call("POST", "/api/communes/beni-mellal/steps/" + step + "/review", "bm.focal",
                "{\"validate\": true}").statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/communes/beni-mellal/steps/" + step + "/review", "program.analyst",
                "{\"validate\": true}").statusCode()).isEqualTo(403);
        HttpResponse<String> sendBackWithoutComment = call("POST",
                "/api/communes/beni-mellal/steps/" + step + "/review", "program.admin", "{\"validate\": false}");
        assertThat(sendBackWithoutComment.statusCode()).isEqualTo(409);
        assertThat(sendBackWithoutComment.body()).contains("step.error.sendBackNeedsComment");

        HttpResponse<String> validated = call("POST", "/api/communes/beni-mellal/steps/" + step + "/review",
                "program.admin", "{\"validate\": true}");
        assertThat(validated.statusCode()).isEqualTo(200);
        assertThat(validated.body()).contains("\"review\":\"VALIDATED\"");

        assertThat(audit.recent("beni-mellal", 20))
                .anySatisfy(event -> {
                    assertThat(event.actor()).isEqualTo("bm.focal");
                    assertThat(event.action()).isEqualTo("onboarding.report");
                    assertThat(event.target()).isEqualTo("tadafor/council-approval");
                    assertThat(event.before()).contains("status=PLANNED", "review=NONE");
                    assertThat(event.after()).contains("status=IN_PROGRESS", "review=SUBMITTED");
                })
                .anySatisfy(event -> {
                    assertThat(event.actor()).isEqualTo("program.admin");
                    assertThat(event.action()).isEqualTo("onboarding.validate");
                    assertThat(event.after()).contains("review=VALIDATED");
                });
    }

    @Test
    void aStepWhosePlannedDatePassedIsLateWhateverWasReported() throws Exception {
        long step = template("tadafor", "bodies-created");
        HttpResponse<String> reported = call("POST", "/api/communes/azilal/steps/" + step, "program.admin", """
                {"status": "IN_PROGRESS", "plannedOn": "%s"}""".formatted(reporting.today().minusDays(1)));

        assertThat(reported.statusCode()).isEqualTo(200);
        assertThat(reported.body()).contains("\"status\":\"LATE\"", "\"reported\":\"IN_PROGRESS\"");
        assertThat(jdbc.sql("SELECT s.status FROM platform.onboarding_step s JOIN platform.commune c ON c.id = s.commune_id "
                + "WHERE c.slug = 'azilal' AND s.template_id = ?").param(step).query(String.class).single())
                .as("LATE is never stored").isEqualTo("IN_PROGRESS");

        HttpResponse<String> typedLate = call("POST", "/api/communes/azilal/steps/" + step, "program.admin",
                "{\"status\": \"LATE\"}");
        assertThat(typedLate.statusCode()).isEqualTo(400);
        assertThat(typedLate.body()).contains("step.error.lateIsComputed");
    }

    @Test
    void badReportsAreRefusedAndChangeNothing() throws Exception {
        long step = template("tadafor", "bodies-created");
        String before = jdbc.sql("SELECT count(*) || '/' || coalesce(max(reported_at)::text, '') FROM platform.onboarding_step s "
                        + "JOIN platform.commune c ON c.id = s.commune_id WHERE c.slug = 'tata' AND s.template_id = ?")
                .param(step).query(String.class).single();

        HttpResponse<String> doneWithoutDate = call("POST", "/api/communes/tata/steps/" + step, "program.admin",
                "{\"status\": \"DONE\"}");
        HttpResponse<String> doneInTheFuture = call("POST", "/api/communes/tata/steps/" + step, "program.admin",
                "{\"status\": \"DONE\", \"actualOn\": \"%s\"}".formatted(reporting.today().plusDays(3)));
        HttpResponse<String> notADate = call("POST", "/api/communes/tata/steps/" + step, "program.admin",
                "{\"status\": \"DONE\", \"actualOn\": \"31/02/2025\"}");

        assertThat(doneWithoutDate.statusCode()).isEqualTo(400);
        assertThat(doneWithoutDate.body()).contains("step.error.doneNeedsDate");
        assertThat(doneInTheFuture.statusCode()).isEqualTo(400);
        assertThat(doneInTheFuture.body()).contains("step.error.actualInFuture");
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) || '/' || coalesce(max(reported_at)::text, '') FROM platform.onboarding_step s "
                        + "JOIN platform.commune c ON c.id = s.commune_id WHERE c.slug = 'tata' AND s.template_id = ?")
                .param(step).query(String.class).single()).isEqualTo(before);
    }

    @Test
    void aStepOfAProgramTheCommuneIsNotInCannotBeReported() throws Exception {
        long openness = template("openness", "council-approval");

        assertThat(call("POST", "/api/communes/azilal/steps/" + openness, "program.admin",
                "{\"status\": \"IN_PROGRESS\"}").statusCode()).isEqualTo(404);
    }
}
