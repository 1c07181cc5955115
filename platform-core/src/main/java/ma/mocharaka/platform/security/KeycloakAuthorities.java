package ma.mocharaka.platform.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.LocaleResolver;

import ma.mocharaka.platform.i18n.PlatformLanguage;

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

    /**
     * Sends the reader's language to Keycloak ({@code ui_locales}), so the login page speaks the language the reader
     * chose on the page they came from. Keycloak has no Amazigh translation: French, then Arabic, for Tifinagh readers.
     */
    public static OAuth2AuthorizationRequestResolver localizedLogin(ClientRegistrationRepository registrations,
                                                                    LocaleResolver locales) {
        DefaultOAuth2AuthorizationRequestResolver resolver =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return withLanguage(resolver.resolve(request), request);
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                return withLanguage(resolver.resolve(request, registrationId), request);
            }

            private OAuth2AuthorizationRequest withLanguage(OAuth2AuthorizationRequest authorization,
                                                            HttpServletRequest request) {
                if (authorization == null) {
                    return null;
                }
                String language = PlatformLanguage.of(locales.resolveLocale(request)).code();
                String uiLocales = PlatformLanguage.ZGH.code().equals(language) ? "fr ar" : language;
                return OAuth2AuthorizationRequest.from(authorization)
                        .additionalParameters(parameters -> parameters.put("ui_locales", uiLocales))
                        .build();
            }
        };
    }
}
