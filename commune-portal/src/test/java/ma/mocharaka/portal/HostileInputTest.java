package ma.mocharaka.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.testsupport.HostileRequests;

/**
 * Every handler of the portal, found from Spring's own mapping so new ones are covered, receives hostile input as a
 * Beni Mellal admin who is also a citizen: no 5xx, and no page echoes a script tag unescaped. Ids that could erase
 * shared demo data are only ever absurd ones.
 */
@PortalTest
class HostileInputTest {

    private static final Pattern ERASES = Pattern.compile(
            ".*/(delete|removal|cancellation|end|hide|close|withdraw-consent)$");

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void noHostileInputBreaksAnyHandler() {
        HostileRequests probes = new HostileRequests(mvc, mappings, Map.of("commune", "beni-mellal"),
                HostileInputTest::signIn).destructive(pattern -> ERASES.matcher(pattern).matches());

        probes.probeWrites();
        // Reading after writing: pages then show whatever hostile text the writes stored.
        probes.probeReads(pattern -> false);

        probes.slow().forEach(System.out::println);
        assertThat(probes.sent()).isGreaterThan(1_000);
        assertThat(probes.findings()).as(probes.summary()).isEmpty();
    }

    private static RequestPostProcessor signIn(String url) {
        List<GrantedAuthority> authorities = List.of(
                new SimpleGrantedAuthority(PlatformRole.COMMUNE_ADMIN.authority()),
                new SimpleGrantedAuthority(PlatformRole.COMMUNE_STAFF.authority()),
                new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + "beni-mellal"));
        if (url.matches("/c/[^/]+/api/.*")) {
            return jwt().jwt(token -> token.subject("hostile-prober").claim("preferred_username", "hostile.prober"))
                    .authorities(authorities);
        }
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(600),
                Map.of("sub", "hostile-prober", "preferred_username", "hostile.prober"));
        RequestPostProcessor login = oidcLogin().oidcUser(new DefaultOidcUser(authorities, idToken, "preferred_username"));
        return request -> csrf().postProcessRequest(login.postProcessRequest(request));
    }
}
