package ma.mocharaka.platform.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The two doors into the platform, browser login and API token, give the same authorities for the same user. */
public final class KeycloakAuthorities {

    public static final String USERNAME_CLAIM = "preferred_username";

    private KeycloakAuthorities() {
    }

    public static OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Map<String, Object> claims = new HashMap<>(user.getClaims());
            Set<GrantedAuthority> authorities = KeycloakClaims.authorities(claims);
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), USERNAME_CLAIM);
        };
    }

    public static Converter<Jwt, AbstractAuthenticationToken> jwtConverter() {
        return jwt -> new JwtAuthenticationToken(jwt, KeycloakClaims.authorities(jwt.getClaims()),
                jwt.getClaimAsString(USERNAME_CLAIM));
    }
}
