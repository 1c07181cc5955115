package ma.mocharaka.portal.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;

/** Staff correct a published news item: the home page shows the correction at once, audited, in this commune only. */
@PortalTest
class NewsEditTest {

    @Autowired
    Clock clock;
    @Autowired
    News news;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc web;

    @Test
    void aCorrectionShowsAtOnceAndIsAuditedAndOnlyTheCommunesStaffMakeIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long id = bm(() -> news.publish(new NewsDraft(null, "Coquille " + tag, null, null, null, "Texte", null, null,
                LocalDate.now(clock)), "bm.admin")).id();
        assertThat(home()).contains("Coquille " + tag);

        String edit = "/c/beni-mellal/admin/news/" + id;
        web.perform(get(edit + "?lang=fr").with(staffOf("beni-mellal"))).andExpect(status().isOk());
        web.perform(post(edit).with(staffOf("demnat")).with(csrf()).param("titleFr", "Intrus").param("bodyFr", "x")
                .param("publishedOn", LocalDate.now(clock).toString())).andExpect(status().isForbidden());
        web.perform(post(edit).with(citizenOf("beni-mellal")).with(csrf()).param("titleFr", "Intrus").param("bodyFr", "x")
                .param("publishedOn", LocalDate.now(clock).toString())).andExpect(status().isForbidden());

        String refused = web.perform(post(edit + "?lang=fr").with(staffOf("beni-mellal")).with(csrf())
                        .param("bodyFr", "Body kept").param("publishedOn", LocalDate.now(clock).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Body kept").contains("role=\"alert\"");

        web.perform(post(edit).with(staffOf("beni-mellal")).with(csrf()).param("titleFr", "Corrigé " + tag)
                        .param("bodyFr", "Texte corrigé").param("publishedOn", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(home()).contains("Corrigé " + tag).doesNotContain("Coquille " + tag);
        assertThat(audit.recent("beni-mellal", 200)).extracting(AuditTrail.AuditEvent::action, AuditTrail.AuditEvent::target)
                .contains(org.assertj.core.groups.Tuple.tuple("news.revise", "news_item/" + id));
    }

    private String home() throws Exception {
        return web.perform(get("/c/beni-mellal/?lang=fr")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private <T> T bm(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), work);
    }

    private static RequestPostProcessor staffOf(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.COMMUNE_STAFF.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    private static RequestPostProcessor citizenOf(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }
}
