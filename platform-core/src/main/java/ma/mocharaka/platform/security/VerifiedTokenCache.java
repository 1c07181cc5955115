package ma.mocharaka.platform.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * An API client sends the same access token with every call until it expires. Parsing it and checking its RSA
 * signature again each time was a tenth of a ballot's cost; a token that passed the full check once is remembered,
 * by its exact text, for a few minutes, and only its validity dates are checked again on each use.
 * <p>
 * A token that fails is never remembered, so a forged or garbled token always meets the full check. A remembered
 * token stops working when it expires, exactly as before; like the full check, this cannot see a token revoked at
 * Keycloak before its expiry (access tokens are short-lived for that reason).
 */
public class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder fullCheck;
    private final JwtTimestampValidator dates = new JwtTimestampValidator();
    private final Cache<String, Jwt> verified;

    public VerifiedTokenCache(JwtDecoder fullCheck, int maximumTokens, Duration rememberFor) {
        this.fullCheck = fullCheck;
        this.verified = Caffeine.newBuilder().maximumSize(maximumTokens).expireAfterWrite(rememberFor).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt remembered = verified.getIfPresent(token);
        if (remembered == null) {
            Jwt checked = fullCheck.decode(token);
            verified.put(token, checked);
            return checked;
        }
        OAuth2TokenValidatorResult stillValid = dates.validate(remembered);
        if (stillValid.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException(stillValid.getErrors().iterator().next().getDescription(),
                    stillValid.getErrors());
        }
        return remembered;
    }
}
