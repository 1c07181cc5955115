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
 * Program staff see every commune; a focal point sees only the commune of their organization; program analysts
 * read; only program admins enrol and provision. Everyone else is refused.
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
                        .requestMatchers(HttpMethod.GET, "/api/communes").hasAnyAuthority(PROGRAM_STAFF)
                        .requestMatchers(HttpMethod.GET, "/api/communes/*").access(CommuneAccess.roleInCurrentCommune(
                                PlatformRole.PROGRAM_ADMIN, PlatformRole.PROGRAM_ANALYST, PlatformRole.FOCAL_POINT))
                        .anyRequest().hasAuthority(PlatformRole.PROGRAM_ADMIN.authority()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminConsole(HttpSecurity http, ClientRegistrationRepository registrations,
                                     LocaleResolver locales) throws Exception {
        KeycloakHttpSecurity.browserLogin(http, registrations, locales)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/platform/**", "/error", "/actuator/health", "/actuator/health/**",
                                "/actuator/prometheus", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/communes/*").access(CommuneAccess.roleInCurrentCommune(
                                PlatformRole.PROGRAM_ADMIN, PlatformRole.PROGRAM_ANALYST, PlatformRole.FOCAL_POINT))
                        .requestMatchers(HttpMethod.GET, "/communes").hasAnyAuthority(PROGRAM_STAFF)
                        .requestMatchers("/communes/**", "/enrol", "/audit").hasAuthority(PlatformRole.PROGRAM_ADMIN.authority())
                        .requestMatchers("/").authenticated()
                        .anyRequest().denyAll());
        return http.build();
    }
}
