package ma.mocharaka.portal.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.portal.PortalTest;

/** Every consultation endpoint, public, contribution, support, admin and API, answers for its own commune only. */
@PortalTest
class ConsultationIsolationTest {

    @Autowired
    Consultations consultations;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc web;

    TestConsultations fixtures;
    long id;
    long section;
    long proposal;
    String title;

    @BeforeEach
    void anOpenConsultationInBeniMellal() {
        fixtures = new TestConsultations(consultations, registry, jdbc);
        id = fixtures.openToday("beni-mellal");
        section = fixtures.firstSection("beni-mellal", id);
        fixtures.as("beni-mellal", () -> consultations.contribute(id, section, ContributionKind.PROPOSAL, "Proposition", "author"));
        ConsultationView view = fixtures.as("beni-mellal", () -> consultations.find(id, null));
        proposal = view.sections().getFirst().contributions().getFirst().id();
        title = view.localizedTitle().in("fr");
    }

    @Test
    void publicPagesAndApiShowTheConsultationInItsCommuneOnly() throws Exception {
        assertThat(body(get("/c/beni-mellal/consultations?lang=fr"))).contains(title);
        assertThat(body(get("/c/beni-mellal/consultations/" + id + "?lang=fr"))).contains(title).contains("Proposition");
        assertThat(body(get("/c/beni-mellal/api/consultations/" + id))).contains(title).doesNotContain("author");
        assertThat(body(get("/c/beni-mellal/api/consultations/" + id + "/facts"))).contains("\"proposals\":1");
        assertThat(body(get("/c/beni-mellal/?lang=fr"))).contains(title);
        for (String other : new String[] {"demnat", "azilal"}) {
            assertThat(body(get("/c/" + other + "/consultations?lang=fr"))).doesNotContain(title);
            assertThat(body(get("/c/" + other + "/consultations/" + id + "?lang=fr"))).doesNotContain(title);
            assertThat(body(get("/c/" + other + "/api/consultations"))).doesNotContain(title);
            assertThat(body(get("/c/" + other + "/api/consultations/" + id))).doesNotContain(title);
            assertThat(body(get("/c/" + other + "/?lang=fr"))).doesNotContain(title);
        }
    }

    @Test
    void contributionsAndSupportsThroughAnotherCommunesAddressNeverLandHere() throws Exception {
        web.perform(post("/c/demnat/consultations/" + id + "/sections/" + section + "/contributions")
                        .with(citizen("demnat", "intruder")).with(csrf()).param("kind", "COMMENT").param("body", "Intrusion"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 404));
        web.perform(post("/c/azilal/consultations/" + id + "/contributions/" + proposal + "/support")
                        .with(citizen("azilal", "intruder")).with(csrf()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 404));
        web.perform(post("/c/beni-mellal/consultations/" + id + "/sections/" + section + "/contributions")
                        .with(csrf()).param("kind", "COMMENT").param("body", "Anonyme"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.as("beni-mellal", () -> consultations.facts(id)))
                .containsEntry("contributions", 1L).containsEntry("supports", 0L);

        web.perform(post("/c/beni-mellal/consultations/" + id + "/contributions/" + proposal + "/support")
                        .with(citizen("beni-mellal", "bm.citizen")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.as("beni-mellal", () -> consultations.facts(id))).containsEntry("supports", 1L);
    }

    @Test
    void moderationAndOutcomesAreForTheCommunesOwnStaff() throws Exception {
        String admin = "/c/beni-mellal/admin/consultations/" + id;
        web.perform(get(admin).with(staff("beni-mellal"))).andExpect(status().isOk());
        web.perform(get("/c/beni-mellal/admin/consultations").with(staff("beni-mellal"))).andExpect(status().isOk());
        web.perform(get(admin).with(staff("demnat"))).andExpect(status().isForbidden());
        web.perform(get(admin).with(citizen("beni-mellal", "bm.citizen"))).andExpect(status().isForbidden());
        web.perform(post(admin + "/contributions/" + proposal + "/hide").with(staff("azilal")).with(csrf())
                        .param("reason", "Intrusion"))
                .andExpect(status().isForbidden());
        web.perform(post(admin + "/synthesis").with(staff("demnat")).with(csrf()).param("textFr", "Intrusion"))
                .andExpect(status().isForbidden());
        web.perform(post(admin + "/approval").with(staff("demnat")).with(csrf()).param("approvedOn", "2025-02-06"))
                .andExpect(status().isForbidden());
        ConsultationView untouched = fixtures.as("beni-mellal", () -> consultations.find(id, null));
        assertThat(untouched.sections().getFirst().contributions().getFirst().hidden()).isFalse();
        assertThat(untouched.synthesisedOn()).isNull();
        assertThat(untouched.approvedOn()).isNull();

        web.perform(post(admin + "/contributions/" + proposal + "/hide").with(staff("beni-mellal")).with(csrf())
                        .param("reason", "Hors sujet"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.as("beni-mellal", () -> consultations.find(id, null)).sections().getFirst()
                .contributions().getFirst().hiddenReason()).isEqualTo("Hors sujet");
    }

    @Test
    void staffPutADraftToConsultationInSectionsAndAMismatchIsRefusedWithTheTextKept() throws Exception {
        String title = "Projet de plan " + java.util.UUID.randomUUID();
        String french = "## Préambule\nLa commune s’engage.\n## Mécanismes\nPétitions et forums.";
        String arabic = "## الديباجة\nتلتزم الجماعة.\n## الآليات\nالعرائض والمنتديات.";

        web.perform(post("/c/beni-mellal/admin/consultations").with(staff("demnat")).with(csrf())
                        .param("kind", "ACTION_PLAN").param("titleFr", title).param("opensOn", "2030-01-08")
                        .param("closesOn", "2030-01-29").param("textFr", french))
                .andExpect(status().isForbidden());
        String refused = web.perform(post("/c/beni-mellal/admin/consultations?lang=fr").with(staff("beni-mellal")).with(csrf())
                        .param("kind", "ACTION_PLAN").param("titleFr", title).param("opensOn", "2030-01-08")
                        .param("closesOn", "2030-01-29").param("textFr", french).param("textAr", "## الديباجة\nنص واحد فقط"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // The typed text comes back in its textarea (HTML-escaped there, e.g. "P&eacute;titions").
        assertThat(refused).contains("Découpez le texte en parties").contains("titions et forums.</textarea>").contains(title);
        assertThat(fixtures.as("beni-mellal", () -> consultations.all())).noneMatch(c -> c.localizedTitle().in("fr").equals(title));

        web.perform(post("/c/beni-mellal/admin/consultations").with(staff("beni-mellal")).with(csrf())
                        .param("kind", "ACTION_PLAN").param("titleFr", title).param("opensOn", "2030-01-08")
                        .param("closesOn", "2030-01-29").param("textFr", french).param("textAr", arabic))
                .andExpect(status().is3xxRedirection());
        ConsultationView created = fixtures.as("beni-mellal", () -> consultations.all()).stream()
                .filter(c -> c.localizedTitle().in("fr").equals(title)).findFirst().orElseThrow();
        assertThat(created.state()).isEqualTo(ConsultationState.UPCOMING);
        ConsultationView full = fixtures.as("beni-mellal", () -> consultations.find(created.id(), null));
        assertThat(full.sections()).hasSize(2);
        assertThat(full.sections().get(1).localizedTitle().in("ar")).isEqualTo("الآليات");
        assertThat(full.sections().get(1).localizedBody().in("fr")).isEqualTo("Pétitions et forums.");
        assertThat(fixtures.as("demnat", () -> consultations.all())).noneMatch(c -> c.localizedTitle().in("fr").equals(title));
    }

    private String body(RequestBuilder request) throws Exception {
        return web.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor staff(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.COMMUNE_STAFF.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    private static RequestPostProcessor citizen(String commune, String name) {
        return oidcLogin().idToken(token -> token.claim("sub", name))
                .authorities(new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority()),
                        new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }
}
