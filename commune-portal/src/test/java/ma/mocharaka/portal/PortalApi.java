package ma.mocharaka.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/** The portal's JSON API over real HTTP, as an outside client calls it: bearer token, language, JSON body. */
public final class PortalApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    public HttpResponse<String> send(String method, String path, String token, String body, String language)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalTest.BASE_URL + path))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (method.equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A refusal in the shape every portal API answers: the message key and the text in the caller's language. */
    public static void assertRefused(HttpResponse<String> response, int status, String key, String messagePart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("error").asString()).isEqualTo(key);
        assertThat(body.path("message").asString()).contains(messagePart);
    }

    public static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    public static String token(String user) {
        return KeycloakTestServer.passwordGrantToken(user, KeycloakTestServer.DEMO_PASSWORD);
    }
}
