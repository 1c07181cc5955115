package ma.mocharaka.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.OrderComparator;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.testsupport.HostileRequests;

/**
 * Every handler of the console, found from Spring's own mapping so new ones are covered, receives hostile input as
 * a program admin working on Beni Mellal and the Tadafor program: no 5xx, and no page echoes a script tag unescaped.
 * Deleting, provisioning and reviewing only ever get ids that name nothing, so the sweep leaves shared data alone.
 *
 * <p>It runs after every other test class of the JVM (see junit-platform.properties): the records it leaves in the
 * test database (future-dated news, renamed steps, hostile titles) would otherwise upset tests that read lists.
 */
@AdminTest
@Order(Integer.MAX_VALUE)
class HostileInputTest {

    private static final Pattern ERASES = Pattern.compile(".*/(delete|provision|review)$");

    @Autowired WebApplicationContext context;
    @Autowired List<FilterRegistrationBean<?>> filters;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void noHostileInputBreaksAnyHandler() {
        // The platform's own filters in their server order (request id, commune, input checks), then security.
        List<FilterRegistrationBean<?>> ordered = filters.stream().sorted(OrderComparator.INSTANCE).toList();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(ordered.stream().filter(registration -> registration.getFilter().getClass().getName()
                        .startsWith("ma.mocharaka")).map(FilterRegistrationBean::getFilter).toArray(Filter[]::new))
                .apply(springSecurity())
                .build();
        HostileRequests probes = new HostileRequests(mvc, mappings, Map.of("slug", "beni-mellal", "code", "tadafor"),
                HostileInputTest::signIn).destructive(pattern -> ERASES.matcher(pattern).matches());

        probes.probeWrites();
        // Reading after writing: pages then show whatever hostile text the writes stored.
        probes.probeReads(pattern -> false);

        probes.slow().forEach(System.out::println);
        assertThat(probes.sent()).isGreaterThan(500);
        assertThat(probes.findings()).as(probes.summary()).isEmpty();
    }

    private static RequestPostProcessor signIn(String url) {
        List<GrantedAuthority> authorities = List.of(
                new SimpleGrantedAuthority(PlatformRole.PROGRAM_ADMIN.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + "beni-mellal"));
        return HostileRequests.signedIn(authorities, url.startsWith("/api/"));
    }
}
