package ma.mocharaka.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/** Calls the console's API as a demo user with a real Keycloak token. */
public final class ApiCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApiCalls() {
    }

    public static HttpResponse<String> call(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(AdminTest.BASE_URL + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            request.header("Authorization", "Bearer "
                    + KeycloakTestServer.passwordGrantToken(user, KeycloakTestServer.DEMO_PASSWORD));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
