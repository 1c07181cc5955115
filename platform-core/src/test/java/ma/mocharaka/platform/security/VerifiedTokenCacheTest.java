package ma.mocharaka.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/** The token cache saves the full check of a token already verified, and nothing else. */
class VerifiedTokenCacheTest {

    /** Stands for Keycloak's signature check: accepts tokens named "good-…", with the expiry it is given. */
    private static final class FullCheck implements JwtDecoder {
        final List<String> checked = new ArrayList<>();
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));

        @Override
        public Jwt decode(String token) {
            checked.add(token);
            if (!token.startsWith("good-")) {
                throw new BadJwtException("signature does not match");
            }
            return Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                    .issuedAt(expiresAt.minus(Duration.ofMinutes(5))).expiresAt(expiresAt).build();
        }
    }

    @Test
    void aVerifiedTokenIsCheckedInFullOnlyOnce() {
        FullCheck keycloak = new FullCheck();
        VerifiedTokenCache cache = new VerifiedTokenCache(keycloak, 100, Duration.ofMinutes(5));

        Jwt first = cache.decode("good-a");
        Jwt second = cache.decode("good-a");
        cache.decode("good-b");

        assertThat(second.getSubject()).isEqualTo(first.getSubject()).isEqualTo("good-a");
        assertThat(keycloak.checked).containsExactly("good-a", "good-b");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        FullCheck keycloak = new FullCheck();
        VerifiedTokenCache cache = new VerifiedTokenCache(keycloak, 100, Duration.ofMinutes(5));

        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(keycloak.checked).containsExactly("forged", "forged");
    }

    @Test
    void aRememberedTokenStopsWorkingWhenItExpires() {
        FullCheck keycloak = new FullCheck();
        // Expired two minutes ago: past the one-minute clock skew the full check allows as well.
        keycloak.expiresAt = Instant.now().minus(Duration.ofMinutes(2));
        VerifiedTokenCache cache = new VerifiedTokenCache(keycloak, 100, Duration.ofMinutes(5));
        // The stand-in does not check dates; the real decoder would have refused. The cache must refuse on reuse.
        cache.decode("good-old");

        assertThatThrownBy(() -> cache.decode("good-old")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(keycloak.checked).containsExactly("good-old");
    }
}
