package ma.mocharaka.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

import ma.mocharaka.platform.security.CommuneAccess;
import ma.mocharaka.platform.security.KeycloakAuthorities;
import ma.mocharaka.platform.security.PlatformRole;

/**
 * Public pages are open to everyone; a commune's admin area and write API need a staff role in that very commune.
 * Browsers sign in through Keycloak; API clients present Keycloak tokens.
 */
@Configuration
class PortalSecurity {

    private static final PlatformRole[] COMMUNE_STAFF = {
            PlatformRole.COMMUNE_ADMIN, PlatformRole.COMMUNE_STAFF
    };

    @Bean
    @Order(1)
    SecurityFilterChain communeApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/c/*/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/c/*/api/news", "/c/*/api/news/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/c/*/api/forums", "/c/*/api/forums/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/c/*/api/consultations", "/c/*/api/consultations/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/c/*/api/bodies", "/c/*/api/bodies/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/c/*/api/action-plans").permitAll()
                        .anyRequest().access(CommuneAccess.roleInCurrentCommune(COMMUNE_STAFF)))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(KeycloakAuthorities.jwtConverter())))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain communePortal(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/c/*/admin", "/c/*/admin/**").access(CommuneAccess.roleInCurrentCommune(COMMUNE_STAFF))
                        .requestMatchers("/c/*/account", "/c/*/account/**").authenticated()
                        .requestMatchers("/c/*/forums/*/registration").authenticated()
                        .requestMatchers("/c/*/forums/*/elections/sign-in", "/c/*/forums/*/elections/*/ballot").authenticated()
                        .requestMatchers("/c/*/consultations/*/sign-in", "/c/*/consultations/*/sections/*/contributions",
                                "/c/*/consultations/*/contributions/*/support").authenticated()
                        .anyRequest().permitAll())
                .oauth2Login(login -> login
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(KeycloakAuthorities.oidcUserService())))
                .logout(out -> out.logoutSuccessHandler(logout))
                .headers(Customizer.withDefaults());
        return http.build();
    }
}
