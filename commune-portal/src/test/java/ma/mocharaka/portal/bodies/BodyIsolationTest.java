package ma.mocharaka.portal.bodies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;

/** Every advisory body endpoint, public, API and admin, answers for its own commune only. */
@PortalTest
class BodyIsolationTest {

    @Autowired
    AdvisoryBodies bodies;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    MockMvc web;

    long body;
    long opinion;
    String name;

    @BeforeEach
    void aBodyInBeniMellal() {
        name = "Comité " + UUID.randomUUID().toString().substring(0, 8);
        body = inBeniMellal(() -> bodies.create(BodyKind.NEIGHBOURHOOD_COMMITTEE, LocalizedText.of(null, name, null, null),
                LocalizedText.of(null, "Mission", null, null), null, "bm.admin"));
        opinion = inBeniMellal(() -> bodies.draftOpinion(body, LocalizedText.of(null, "Avis " + name, null, null),
                LocalizedText.of(null, "Texte", null, null), LocalDate.of(2025, 1, 1), "bm.admin"));
    }

    @Test
    void publicPagesAndApiShowTheBodyInItsCommuneOnly() throws Exception {
        assertThat(body(get("/c/beni-mellal/bodies?lang=fr"))).contains(name);
        assertThat(body(get("/c/beni-mellal/bodies/" + body + "?lang=fr"))).contains(name).contains("Avis " + name);
        assertThat(body(get("/c/beni-mellal/api/bodies/" + body))).contains(name);
        assertThat(body(get("/c/beni-mellal/api/bodies/" + body + "/facts"))).contains("\"opinions\":1");
        assertThat(body(get("/c/beni-mellal/?lang=fr"))).contains(name);
        for (String other : new String[] {"demnat", "azilal"}) {
            assertThat(body(get("/c/" + other + "/bodies?lang=fr"))).doesNotContain(name);
            assertThat(body(get("/c/" + other + "/bodies/" + body + "?lang=fr"))).doesNotContain(name);
            assertThat(body(get("/c/" + other + "/api/bodies"))).doesNotContain(name);
            assertThat(body(get("/c/" + other + "/api/bodies/" + body))).doesNotContain(name);
            assertThat(body(get("/c/" + other + "/?lang=fr"))).doesNotContain(name);
        }
    }

    @Test
    void adminPagesAreForTheCommunesOwnStaff() throws Exception {
        String admin = "/c/beni-mellal/admin/bodies/" + body;
        web.perform(get(admin).with(staff("beni-mellal"))).andExpect(status().isOk());
        web.perform(get("/c/beni-mellal/admin/bodies").with(staff("beni-mellal"))).andExpect(status().isOk());
        web.perform(get(admin).with(staff("azilal"))).andExpect(status().isForbidden());
        web.perform(get(admin).with(citizen("beni-mellal"))).andExpect(status().isForbidden());
        web.perform(post(admin + "/members").with(staff("demnat")).with(csrf())
                .param("name", "Intrus").param("role", "PRESIDENT").param("termStart", "2025-01-01"))
                .andExpect(status().isForbidden());
        web.perform(post(admin + "/opinions/" + opinion + "/submit").with(staff("demnat")).with(csrf()).param("on", "2025-01-02"))
                .andExpect(status().isForbidden());
        web.perform(post("/c/beni-mellal/admin/bodies").with(staff("demnat")).with(csrf())
                .param("kind", "YOUTH_COUNCIL").param("nameFr", "Intrus"))
                .andExpect(status().isForbidden());
        BodyView untouched = inBeniMellal(() -> bodies.find(body));
        assertThat(untouched.members()).isEmpty();
        assertThat(untouched.opinions().getFirst().stage()).isEqualTo(OpinionStage.DRAFTED);

        web.perform(post(admin + "/opinions/" + opinion + "/submit").with(staff("beni-mellal")).with(csrf()).param("on", "2025-01-02"))
                .andExpect(status().is3xxRedirection());
        assertThat(inBeniMellal(() -> bodies.find(body)).opinions().getFirst().stage()).isEqualTo(OpinionStage.SUBMITTED);
    }

    private String body(RequestBuilder request) throws Exception {
        return web.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private <T> T inBeniMellal(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), work);
    }

    private static RequestPostProcessor staff(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.COMMUNE_ADMIN.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    private static RequestPostProcessor citizen(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }
}
