package ma.mocharaka.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.servlet.LocaleResolver;

/** The two ways into every app, set up once: JSON APIs with Keycloak tokens, and browsers signing in at Keycloak. */
public final class KeycloakHttpSecurity {

    private KeycloakHttpSecurity() {
    }

    /** A stateless API: a Keycloak access token on every call, no session, so no CSRF token either. */
    public static HttpSecurity tokenApi(HttpSecurity http) throws Exception {
        return http
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new BearerTokenInHeader())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(KeycloakAuthorities.jwtConverter())))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
    }

    /** Sign-in at Keycloak in the reader's language; signing out ends the Keycloak session too. */
    public static HttpSecurity browserLogin(HttpSecurity http, ClientRegistrationRepository registrations,
                                            LocaleResolver locales) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        return http
                .oauth2Login(login -> login
                        .authorizationEndpoint(authorization -> authorization
                                .authorizationRequestResolver(KeycloakAuthorities.localizedLogin(registrations, locales)))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(KeycloakAuthorities.oidcUserService())))
                .logout(out -> out.logoutSuccessHandler(logout));
    }
}
