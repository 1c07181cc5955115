package ma.mocharaka.portal.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.demo.DemoForums;

/** Every new forum endpoint (results, documents, corrections, cancellation) stays within its commune. */
@PortalTest
class ForumResultsIsolationTest {

    @Autowired
    Forums forums;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    MockMvc web;

    ForumFixtures fixtures;
    ForumView held;
    String proposal;
    long documentId;

    @BeforeEach
    void aHeldForumWithResultsInBeniMellal() {
        fixtures = new ForumFixtures(forums, registry);
        held = fixtures.as("beni-mellal", () -> forums.schedule(DemoForums.beniMellalCitizenForum(), "test"));
        proposal = "Proposition isolée " + held.id();
        fixtures.as("beni-mellal", () -> forums.addProposal(held.id(), LocalizedText.of(null, proposal, null, null),
                LocalizedText.of(null, "Environnement", null, null), "bm.staff"));
        fixtures.as("beni-mellal", () -> forums.attachDocument(held.id(), new MockMultipartFile("document",
                "resultats.pdf", "application/pdf", ForumResultsTest.PDF), "bm.staff"));
        documentId = fixtures.as("beni-mellal", () -> forums.results(held.id())).documents().getFirst().id();
    }

    @Test
    void resultsShowOnTheForumPageOfTheirCommuneOnlyByPathAndByHost() throws Exception {
        String path = "/forums/" + held.id() + "?lang=fr";
        assertThat(body(get("/c/beni-mellal" + path))).contains(proposal).contains("resultats.pdf");
        assertThat(body(get("/c/beni-mellal" + path).with(host("beni-mellal.localhost")))).contains(proposal);
        assertThat(body(get("/c/beni-mellal/api/forums/" + held.id() + "/results"))).contains(proposal).contains("resultats.pdf");
        for (String other : new String[] {"demnat", "azilal"}) {
            assertThat(body(get("/c/" + other + "/api/forums/" + held.id() + "/results"))).doesNotContain(proposal);
            assertThat(body(get("/c/" + other + path))).doesNotContain(proposal);
            assertThat(body(get("/c/" + other + path).with(host("beni-mellal.localhost")))).doesNotContain(proposal);
        }
    }

    @Test
    void documentsDownloadAsAttachmentsFromTheirOwnForumOnly() throws Exception {
        String document = "/forums/" + held.id() + "/documents/" + documentId;
        byte[] content = web.perform(get("/c/beni-mellal" + document))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(content).isEqualTo(ForumResultsTest.PDF);

        ForumView otherForum = fixtures.upcoming("beni-mellal", null);
        web.perform(get("/c/beni-mellal/forums/" + otherForum.id() + "/documents/" + documentId)).andExpect(status().isNotFound());
        web.perform(get("/c/demnat" + document)).andExpect(status().isNotFound());
        web.perform(get("/c/azilal" + document).with(host("beni-mellal.localhost"))).andExpect(status().isNotFound());
    }

    @Test
    void everyStaffEndpointIsForTheCommunesOwnStaff() throws Exception {
        String admin = "/c/beni-mellal/admin/forums/" + held.id();
        web.perform(get(admin + "?lang=fr").with(staffOf("beni-mellal"))).andExpect(status().isOk());
        web.perform(get(admin).with(staffOf("demnat"))).andExpect(status().isForbidden());
        web.perform(get(admin).with(citizenOf("beni-mellal"))).andExpect(status().isForbidden());
        web.perform(get(admin).with(staffOf("demnat")).with(host("demnat.localhost"))).andExpect(status().isForbidden());

        long proposalId = fixtures.as("beni-mellal", () -> forums.results(held.id())).proposals().getFirst().id();
        web.perform(post(admin + "/proposals").with(staffOf("azilal")).with(csrf()).param("textFr", "Intrus"))
                .andExpect(status().isForbidden());
        web.perform(post(admin + "/proposals/" + proposalId + "/removal").with(staffOf("demnat")).with(csrf()))
                .andExpect(status().isForbidden());
        web.perform(post(admin + "/documents/" + documentId + "/removal").with(staffOf("demnat")).with(csrf()))
                .andExpect(status().isForbidden());
        web.perform(multipart(admin + "/documents").file(new MockMultipartFile("document", "x.pdf", "application/pdf",
                ForumResultsTest.PDF)).with(staffOf("azilal")).with(csrf())).andExpect(status().isForbidden());
        web.perform(post(admin + "/cancellation").with(staffOf("demnat")).with(csrf()).param("reasonFr", "Intrus"))
                .andExpect(status().isForbidden());
        web.perform(post(admin).with(staffOf("demnat")).with(csrf()).param("kind", "WORKSHOP").param("titleFr", "Intrus"))
                .andExpect(status().isForbidden());
        // The same forum number through another commune's own address is that commune's business, never this forum.
        web.perform(post("/c/demnat/admin/forums/" + held.id() + "/proposals/" + proposalId + "/removal")
                        .with(staffOf("demnat")).with(csrf()))
                .andExpect(status().isNotFound());

        ForumResults results = fixtures.as("beni-mellal", () -> forums.results(held.id()));
        assertThat(results.proposals()).hasSize(1);
        assertThat(results.documents()).hasSize(1);
        assertThat(fixtures.as("beni-mellal", () -> forums.find(held.id())).cancelled()).isFalse();
    }

    @Test
    void staffAddResultsThroughTheFormsAndBadFilesAreRefusedInTheirLanguage() throws Exception {
        String admin = "/c/beni-mellal/admin/forums/" + held.id();
        web.perform(post(admin + "/proposals").with(staffOf("beni-mellal")).with(csrf())
                        .param("textAr", "إحداث مسالك للدراجات").param("themeFr", "Mobilité"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.as("beni-mellal", () -> forums.results(held.id())).proposals())
                .anySatisfy(p -> assertThat(p.localizedText().in("ar")).isEqualTo("إحداث مسالك للدراجات"));

        String refused = web.perform(multipart(admin + "/documents?lang=fr").file(new MockMultipartFile("document",
                        "page.html", "text/html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .with(staffOf("beni-mellal")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("page.html").doesNotContain("<script>alert(1)");
        assertThat(fixtures.as("beni-mellal", () -> forums.results(held.id())).documents()).hasSize(1);

        String empty = web.perform(post(admin + "/proposals?lang=fr").with(staffOf("beni-mellal")).with(csrf())
                        .param("themeFr", "Theme kept"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(empty).contains("Écrivez le texte de la proposition").contains("Theme kept");

        ForumView upcoming = fixtures.upcoming("beni-mellal", null);
        String cancelled = web.perform(post("/c/beni-mellal/admin/forums/" + upcoming.id() + "/cancellation")
                        .with(staffOf("beni-mellal")).with(csrf()).param("reasonFr", "Salle indisponible"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(cancelled).endsWith("/admin/forums/" + upcoming.id());
        assertThat(body(get("/c/beni-mellal/forums/" + upcoming.id() + "?lang=fr")))
                .contains("Cette rencontre est annulée.").contains("Salle indisponible");
    }

    private static RequestPostProcessor host(String name) {
        return request -> {
            request.setServerName(name);
            return request;
        };
    }

    private String body(RequestBuilder request) throws Exception {
        return web.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
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
