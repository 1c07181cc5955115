package ma.mocharaka.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
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
 *
 * <p>It runs after every other test class of the JVM (see junit-platform.properties): the records it leaves in the
 * test database (future-dated news, renamed steps, hostile titles) would otherwise upset tests that read lists.
 */
@PortalTest
@Order(Integer.MAX_VALUE)
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

    @Test
    void aJsonBodyCarryingANulIsRefusedInTheCallersLanguage() throws Exception {
        mvc.perform(post("/c/beni-mellal/api/news").with(signIn("/c/beni-mellal/api/news"))
                        .header("Accept-Language", "fr").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleFr\": \"Rue\\u0000\", \"bodyFr\": \"x\", \"publishedOn\": \"2026-03-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("caractère nul")));
        mvc.perform(post("/c/beni-mellal/api/news").with(signIn("/c/beni-mellal/api/news"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titleFr\": \"Rue\", \"bodyFr\": \"x\", \"publishedOn\": \"+999999999-12-31\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aDateBeyondYear9999IsAFieldErrorWithWhatWasTypedKept() throws Exception {
        String page = mvc.perform(post("/c/beni-mellal/admin/news?lang=fr").with(signIn("/c/beni-mellal/admin/news"))
                        .param("titleFr", "Rue principale du souk").param("bodyFr", "Travaux")
                        .param("publishedOn", "+999999999-12-31"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rue principale du souk").contains("année entre 1 et 9999");
    }

    @Test
    void aFormRecordThatCannotBeBuiltIsReShownWithWhatWasTyped() throws Exception {
        String page = mvc.perform(post("/c/beni-mellal/account/profile?lang=fr").with(signIn("/c/beni-mellal/account/profile"))
                        .param("neighbourhood", "Hay Salam\u0000").param("consent", "true").param("gender", "NOT_A_VALUE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Hay Salam").doesNotContain("\u0000");
    }

    private static RequestPostProcessor signIn(String url) {
        List<GrantedAuthority> authorities = List.of(
                new SimpleGrantedAuthority(PlatformRole.COMMUNE_ADMIN.authority()),
                new SimpleGrantedAuthority(PlatformRole.COMMUNE_STAFF.authority()),
                new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + "beni-mellal"));
        return HostileRequests.signedIn(authorities, url.matches("/c/[^/]+/api/.*"));
    }
}
