package ma.mocharaka.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/** The console's JSON API with real Keycloak tokens: who may read which commune, and who may provision. */
@AdminTest
class CommuneConsoleApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;

    @Test
    void theDemoCommunesAreRegisteredAndProvisioned() throws Exception {
        HttpResponse<String> list = call("GET", "/api/communes", "program.analyst", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"slug\":\"beni-mellal\"", "\"slug\":\"demnat\"", "\"slug\":\"tata\"",
                "\"population\":209104");
        assertThat(jdbc.sql("SELECT slug FROM platform.commune WHERE status = 'ACTIVE'").query(String.class).list())
                .contains("beni-mellal", "azilal", "demnat", "al-hoceima", "larache", "oujda", "berkane", "jerada",
                        "mohammedia", "settat", "taroudant", "tiznit", "tata");
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, /api/communes, program.admin, 200",
            "GET, /api/communes, program.analyst, 200",
            "GET, /api/communes, bm.focal, 403",
            "GET, /api/communes, bm.admin, 403",
            "GET, /api/communes, bm.citizen, 403",
            "GET, /api/communes/beni-mellal, bm.focal, 200",
            "GET, /api/communes/demnat, bm.focal, 403",
            "GET, /api/communes/demnat, demnat.focal, 200",
            "GET, /api/communes/beni-mellal, azilal.admin, 403",
            "GET, /api/communes/beni-mellal, program.analyst, 200",
            "POST, /api/communes/beni-mellal/provision, program.analyst, 403",
            "POST, /api/communes/beni-mellal/provision, bm.focal, 403",
            "POST, /api/communes/beni-mellal/provision, azilal.admin, 403",
            "GET, /api/communes/atlantis, program.admin, 404",
            "GET, /api/communes/x'--, program.admin, 404",
    })
    void accessFollowsRolesAndOrganizations(String method, String path, String user, int expected) throws Exception {
        assertThat(call(method, path, user, null).statusCode()).isEqualTo(expected);
    }

    @Test
    void anonymousCallsAreRejected() throws Exception {
        assertThat(call("GET", "/api/communes", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aProgramAdminEnrolsAndProvisionsACommuneInTwoCalls() throws Exception {
        String registration = """
                {"slug": "chefchaouen", "nameAr": "شفشاون", "nameFr": "Chefchaouen", "nameZgh": "ⴰⵛⵛⴰⵡⵏ",
                 "nameEn": "Chefchaouen", "region": "Tanger-Tétouan-Al Hoceïma", "province": "Chefchaouen",
                 "population": 40000, "kind": "URBAN", "hasArrondissements": false}""";
        assertThat(call("POST", "/api/communes", "program.admin", registration).statusCode()).isEqualTo(201);

        HttpResponse<String> provisioned = call("POST", "/api/communes/chefchaouen/provision", "program.admin", null);

        assertThat(provisioned.statusCode()).isEqualTo(200);
        assertThat(provisioned.body()).contains("\"status\":\"ACTIVE\"", "\"step\":\"CREATE_ORGANIZATION\"");
        assertThat(audit.recent("chefchaouen", 10)).extracting(AuditTrail.AuditEvent::actor)
                .contains("program.admin");
    }

    @Test
    void invalidRegistrationsAreRefusedWithoutSideEffects() throws Exception {
        String hostile = """
                {"slug": "x'; DROP SCHEMA platform CASCADE; --", "nameAr": "x", "nameFr": "x",
                 "region": "r", "province": "p"}""";
        assertThat(call("POST", "/api/communes", "program.admin", hostile).statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.commune WHERE name_fr = 'x'").query(Long.class).single())
                .isZero();
    }

    private HttpResponse<String> call(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(AdminTest.BASE_URL + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", "Bearer "
                    + KeycloakTestServer.passwordGrantToken(user, KeycloakTestServer.DEMO_PASSWORD));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
