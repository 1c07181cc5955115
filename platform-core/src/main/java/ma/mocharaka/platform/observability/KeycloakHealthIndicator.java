package ma.mocharaka.platform.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Keycloak is up for us when the realm's OpenID discovery document answers. */
public class KeycloakHealthIndicator extends AbstractHealthIndicator {

    private final URI discovery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public KeycloakHealthIndicator(String issuerUri) {
        super("Keycloak health check failed");
        this.discovery = URI.create(issuerUri + "/.well-known/openid-configuration");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        builder.withDetail("issuer", discovery.toString().replace("/.well-known/openid-configuration", ""));
        if (response.statusCode() == 200) {
            builder.up();
        } else {
            builder.down().withDetail("status", response.statusCode());
        }
    }
}
