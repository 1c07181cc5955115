package ma.mocharaka.portal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * A commune's own address ({@code beni-mellal.<domain>/petitions}) serves the same pages as its path address
 * ({@code /c/beni-mellal/petitions}): the request is forwarded inside the server, so every module is reachable by
 * host without mapping each controller twice. It runs after Spring Session and Spring Security, so the forwarded
 * request keeps the visitor's session and is authorised again against the {@code /c/{commune}/...} rules.
 */
@Configuration
class CommuneHostAddresses {

    /** Paths that are the same for every commune, or that Keycloak and Spring Security own. */
    private static final List<String> SHARED_PATHS = List.of(
            "/c/", "/actuator", "/oauth2/", "/login", "/logout", "/error", "/webjars/", "/platform/", "/portal/",
            "/favicon", "/v3/api-docs", "/swagger-ui");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> communeHostForwarding() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                var commune = CurrentCommune.get();
                if (commune.isEmpty() || path.equals("/") || SHARED_PATHS.stream().anyMatch(path::startsWith)
                        || isStaticResource(path)) {
                    chain.doFilter(request, response);
                    return;
                }
                request.getRequestDispatcher("/c/" + commune.get().slug() + path).forward(request, response);
            }
        });
        // Spring Security's filter chain is at -100; Spring Session's earlier still.
        registration.setOrder(0);
        return registration;
    }

    private static boolean isStaticResource(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.matches(".+\\.(css|js|png|jpe?g|svg|ico|woff2?|ttf|map)");
    }
}
