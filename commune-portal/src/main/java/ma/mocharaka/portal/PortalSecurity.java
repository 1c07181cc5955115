package ma.mocharaka.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;

import ma.mocharaka.platform.security.CommuneAccess;
import ma.mocharaka.platform.security.KeycloakHttpSecurity;
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
        KeycloakHttpSecurity.tokenApi(http.securityMatcher("/c/*/api/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/c/*/api/news", "/c/*/api/news/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/c/*/api/forums", "/c/*/api/forums/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/c/*/api/consultations", "/c/*/api/consultations/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/c/*/api/bodies", "/c/*/api/bodies/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/c/*/api/action-plans").permitAll()
                        .requestMatchers(HttpMethod.GET, "/c/*/api/petitions", "/c/*/api/petitions/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/c/*/api/petitions/*/signatures").authenticated()
                        .requestMatchers(HttpMethod.GET, "/c/*/api/budget/cycles", "/c/*/api/budget/cycles/*",
                                "/c/*/api/budget/cycles/*/results").permitAll()
                        .requestMatchers("/c/*/api/budget/cycles/*/ballot").authenticated()
                        .requestMatchers(HttpMethod.GET, "/c/*/api/surveys", "/c/*/api/surveys/*",
                                "/c/*/api/surveys/*/results").permitAll()
                        .requestMatchers(HttpMethod.POST, "/c/*/api/surveys/*/responses").permitAll()
                        .requestMatchers(HttpMethod.GET, "/c/*/api/information/requests/*",
                                "/c/*/api/information/publications").permitAll()
                        .requestMatchers(HttpMethod.POST, "/c/*/api/information/requests").authenticated()
                        .anyRequest().access(CommuneAccess.roleInCurrentCommune(COMMUNE_STAFF)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain communePortal(HttpSecurity http, ClientRegistrationRepository registrations,
                                      LocaleResolver locales) throws Exception {
        KeycloakHttpSecurity.browserLogin(http, registrations, locales)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/c/*/admin/information/holidays", "/c/*/admin/information/holidays/**")
                                .access(CommuneAccess.roleInCurrentCommune(PlatformRole.COMMUNE_ADMIN))
                        .requestMatchers("/c/*/admin", "/c/*/admin/**").access(CommuneAccess.roleInCurrentCommune(COMMUNE_STAFF))
                        .requestMatchers("/c/*/account", "/c/*/account/**").authenticated()
                        .requestMatchers("/c/*/forums/*/registration").authenticated()
                        .requestMatchers("/c/*/forums/*/elections/sign-in", "/c/*/forums/*/elections/*/ballot").authenticated()
                        .requestMatchers("/c/*/consultations/*/sign-in", "/c/*/consultations/*/sections/*/contributions",
                                "/c/*/consultations/*/contributions/*/support").authenticated()
                        .requestMatchers("/c/*/petitions/*/sign").authenticated()
                        .requestMatchers("/c/*/surveys/*/sign-in").authenticated()
                        .requestMatchers("/c/*/information/request").authenticated()
                        .requestMatchers("/c/*/budget/*/vote", "/c/*/budget/*/propose").authenticated()
                        .anyRequest().permitAll());
        return http.build();
    }
}
