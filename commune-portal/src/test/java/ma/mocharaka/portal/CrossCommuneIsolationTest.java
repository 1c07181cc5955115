package ma.mocharaka.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/** Real Keycloak tokens against the real HTTP stack: a commune's staff act in their commune and nowhere else. */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class CrossCommuneIsolationTest {

    private static final String PASSWORD = KeycloakTestServer.DEMO_PASSWORD;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void staffPublishInTheirOwnCommuneAndItStaysThere(CapturedOutput logs) throws Exception {
        String title = "Forum citoyen " + UUID.randomUUID();
        HttpResponse<String> created = publish("beni-mellal", token("bm.admin"), title, "req-" + UUID.randomUUID());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(get("/c/beni-mellal/api/news").body()).contains(title);
        assertThat(get("/c/demnat/api/news").body()).doesNotContain(title);
        assertThat(get("/c/azilal/api/news").body()).doesNotContain(title);
        assertThat(logs.getOut()).containsPattern("\"commune\":\"beni-mellal\"")
                .containsPattern("\"requestId\":\"req-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"azilal.admin", "demnat.admin", "demnat.staff", "bm.citizen", "bm.focal", "program.admin"})
    void nobodyElseWritesInBeniMellal(String user) throws Exception {
        String title = "Intrusion " + UUID.randomUUID();
        HttpResponse<String> refused = publish("beni-mellal", token(user), title, null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(get("/c/beni-mellal/api/news").body()).doesNotContain(title);
    }

    @Test
    void anonymousAndForgedTokensAreRejected() throws Exception {
        assertThat(publish("beni-mellal", null, "x", null).statusCode()).isEqualTo(401);
        String real = token("bm.admin");
        String forged = real.substring(0, real.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertThat(publish("beni-mellal", forged, "x", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenForOneCommuneCannotBeReplayedThroughAnotherCommunesHost() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(PortalTest.BASE_URL + "/c/azilal/api/news"))
                .header("Authorization", "Bearer " + token("bm.admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body("Béni Mellal dans Azilal")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void requestMetricsAreTaggedByCommune() throws Exception {
        get("/c/demnat/api/news");
        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*commune=\"demnat\"");
    }

    private HttpResponse<String> publish(String commune, String token, String title, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalTest.BASE_URL + "/c/" + commune + "/api/news"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(title)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(PortalTest.BASE_URL + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String body(String title) {
        return """
                {"titleFr": "%s", "bodyFr": "Samedi 15 février 2025", "publishedOn": "2025-02-15"}""".formatted(title);
    }

    private static String token(String user) {
        return KeycloakTestServer.passwordGrantToken(user, PASSWORD);
    }
}
