package ma.mocharaka.admin;

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
 * Program staff see every commune; a focal point sees only the commune of their organization and reports on its
 * onboarding steps; program analysts read; only program admins enrol, provision, review reports and record
 * sessions. Everyone else is refused.
 */
@Configuration
class AdminSecurity {

    private static final String[] PROGRAM_STAFF = {
            PlatformRole.PROGRAM_ADMIN.authority(), PlatformRole.PROGRAM_ANALYST.authority()
    };

    @Bean
    @Order(1)
    SecurityFilterChain adminApi(HttpSecurity http) throws Exception {
        KeycloakHttpSecurity.tokenApi(http.securityMatcher("/api/**"))
                .authorizeHttpRequests(requests -> requests
                        // Analytics (issue 6): program staff compare every commune; a commune admin reads their own.
                        .requestMatchers(HttpMethod.GET, "/api/analytics/**").hasAnyAuthority(PROGRAM_STAFF)
                        .requestMatchers(HttpMethod.GET, "/api/communes/*/indicators").access(CommuneAccess.roleInCurrentCommune(
                                PlatformRole.PROGRAM_ADMIN, PlatformRole.PROGRAM_ANALYST, PlatformRole.COMMUNE_ADMIN))
                        .requestMatchers(HttpMethod.GET, "/api/communes", "/api/programs", "/api/programs/*",
                                "/api/activities").hasAnyAuthority(PROGRAM_STAFF)
                        .requestMatchers(HttpMethod.GET, "/api/programs/*/milestones").hasAnyAuthority(PROGRAM_STAFF)
                        .requestMatchers(HttpMethod.GET, "/api/communes/*", "/api/communes/*/steps",
                                "/api/communes/*/activities", "/api/communes/*/milestones", "/api/communes/*/contacts").access(CommuneAccess.roleInCurrentCommune(
                                PlatformRole.PROGRAM_ADMIN, PlatformRole.PROGRAM_ANALYST, PlatformRole.FOCAL_POINT))
                        // A focal point reports on their own commune's steps; only the office reviews them.
                        .requestMatchers(HttpMethod.POST, "/api/communes/*/steps/*/review")
                                .hasAuthority(PlatformRole.PROGRAM_ADMIN.authority())
                        // A focal point records their own commune's sessions and adds evidence to its steps.
                        .requestMatchers("/api/communes/*/activities", "/api/communes/*/activities/*").access(
                                CommuneAccess.roleInCurrentCommune(PlatformRole.PROGRAM_ADMIN, PlatformRole.FOCAL_POINT))
                        .requestMatchers(HttpMethod.POST, "/api/communes/*/steps/*/evidence").access(
                                CommuneAccess.roleInCurrentCommune(PlatformRole.PROGRAM_ADMIN, PlatformRole.FOCAL_POINT))
                        // A focal point keeps their own commune's milestones; the program's own are the office's.
                        .requestMatchers("/api/communes/*/milestones", "/api/communes/*/milestones/*").access(
                                CommuneAccess.roleInCurrentCommune(PlatformRole.PROGRAM_ADMIN, PlatformRole.FOCAL_POINT))
                        .requestMatchers(HttpMethod.POST, "/api/communes/*/steps/*").access(
                                CommuneAccess.roleInCurrentCommune(PlatformRole.PROGRAM_ADMIN, PlatformRole.FOCAL_POINT))
                        .anyRequest().hasAuthority(PlatformRole.PROGRAM_ADMIN.authority()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminConsole(HttpSecurity http, ClientRegistrationRepository registrations,
                                     LocaleResolver locales) throws Exception {
        KeycloakHttpSecurity.browserLogin(http, registrations, locales)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/platform/**", "/admin/**", "/webjars/**", "/v3/api-docs", "/v3/api-docs/**", "/error", "/actuator/health", "/actuator/health/**",
                                "/actuator/prometheus", "/favicon.ico").permitAll()
                        // Analytics (issue 6): open data for everyone, a commune admin sees their own profile only.
                        .requestMatchers(HttpMethod.GET, "/open-data", "/open-data/*.csv").permitAll()
                        .requestMatchers(HttpMethod.GET, "/communes/*/analytics").access(CommuneAccess.roleInCurrentCommune(
                                PlatformRole.PROGRAM_ADMIN, PlatformRole.PROGRAM_ANALYST, PlatformRole.COMMUNE_ADMIN))
                        .requestMatchers(HttpMethod.GET, "/analytics", "/analytics/**").hasAnyAuthority(PROGRAM_STAFF)
                        .requestMatchers(HttpMethod.GET, "/communes/*", "/communes/*/onboarding",
                                "/communes/*/onboarding/*", "/communes/*/onboarding/*/evidence/*", "/communes/*/report.pdf", "/communes/*/activities", "/communes/*/activities/export.*")
                                .access(CommuneAccess.roleInCurrentCommune(PlatformRole.PROGRAM_ADMIN,
                                        PlatformRole.PROGRAM_ANALYST, PlatformRole.FOCAL_POINT))
                        .requestMatchers(HttpMethod.POST, "/communes/*/onboarding/*/review")
                                .hasAuthority(PlatformRole.PROGRAM_ADMIN.authority())
                        // A focal point records and keeps their own commune's sessions (single-commune ones only,
                        // which the controller checks).
                        .requestMatchers("/communes/*/activities/new", "/communes/*/activities/*/edit",
                                "/communes/*/activities/*/delete").access(
                                CommuneAccess.roleInCurrentCommune(PlatformRole.PROGRAM_ADMIN, PlatformRole.FOCAL_POINT))
                        .requestMatchers(HttpMethod.POST, "/communes/*/activities", "/communes/*/activities/*").access(
                                CommuneAccess.roleInCurrentCommune(PlatformRole.PROGRAM_ADMIN, PlatformRole.FOCAL_POINT))
                        .requestMatchers("/communes/*/milestones/**").access(
                                CommuneAccess.roleInCurrentCommune(PlatformRole.PROGRAM_ADMIN, PlatformRole.FOCAL_POINT))
                        .requestMatchers("/programs/*/milestones/**").hasAuthority(PlatformRole.PROGRAM_ADMIN.authority())
                        .requestMatchers(HttpMethod.POST, "/communes/*/onboarding/*").access(
                                CommuneAccess.roleInCurrentCommune(PlatformRole.PROGRAM_ADMIN, PlatformRole.FOCAL_POINT))
                        .requestMatchers(HttpMethod.GET, "/communes").hasAnyAuthority(PROGRAM_STAFF)
                        .requestMatchers(HttpMethod.GET, "/activities/new", "/activities/*/edit").hasAuthority(PlatformRole.PROGRAM_ADMIN.authority())
                        .requestMatchers(HttpMethod.GET, "/programs", "/programs/**", "/activities", "/activities/**")
                                .hasAnyAuthority(PROGRAM_STAFF)
                        .requestMatchers("/programs/**", "/activities", "/activities/**").hasAuthority(PlatformRole.PROGRAM_ADMIN.authority())
                        .requestMatchers("/communes/**", "/enrol", "/audit").hasAuthority(PlatformRole.PROGRAM_ADMIN.authority())
                        .requestMatchers("/").authenticated()
                        .anyRequest().denyAll());
        return http.build();
    }
}
