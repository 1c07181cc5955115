package ma.mocharaka.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;

/**
 * Every budget endpoint, public, citizen, staff and API, seen from the wrong commune, by path and by host: Beni
 * Mellal's cycles are invisible from Demnate, and Azilal's or Demnate's staff cannot act on them. API calls use
 * real Keycloak tokens.
 */
@PortalTest
class BudgetIsolationTest {

    /** A 1x1 PNG, so the photo is a real image for UploadCheck. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static final List<String> STAFF_API_WRITES = List.of(
            "POST /cycles", "PUT /cycles/{id}", "POST /cycles/{id}/proposals", "POST /cycles/{id}/projects/{p}/review",
            "POST /cycles/{id}/paper-ballots", "POST /cycles/{id}/results", "POST /cycles/{id}/projects/{p}/progress",
            "POST /cycles/{id}/projects/{p}/milestones");
    private static final List<String> STAFF_PAGE_WRITES = List.of(
            "", "/{id}", "/{id}/proposals", "/{id}/projects/{p}/review", "/{id}/paper-ballots", "/{id}/results",
            "/{id}/projects/{p}/progress", "/{id}/projects/{p}/milestones");

    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired MockMvc mvc;
    @Autowired ParticipatoryBudget budget;
    @Autowired CommuneRegistry registry;

    private String title;
    private long voting;
    private long project;
    private long published;
    private long selected;
    private long photo;

    @BeforeEach
    void beniMellalCyclesOneVotingOnePublishedWithAPhoto() throws Exception {
        Commune beniMellal = registry.findBySlug("beni-mellal").orElseThrow();
        title = BudgetFixtures.uniqueTitle("Isolement");
        CurrentCommune.runAs(beniMellal, () -> {
            BudgetFixtures.Voting open = BudgetFixtures.votingCycle(budget, title, VotingRule.KNAPSACK, 1_000_000,
                    null, null, 300_000);
            voting = open.cycleId();
            project = open.projects().get(0);
            BudgetFixtures.Voting done = BudgetFixtures.votingCycle(budget, title + " publié", VotingRule.KNAPSACK,
                    1_000_000, null, null, 300_000);
            published = done.cycleId();
            selected = done.projects().get(0);
            budget.castPaper(published, paperVoter(), List.of(selected), BudgetFixtures.STAFF);
            BudgetFixtures.closeVote(budget, published);
            budget.publishResults(published, BudgetFixtures.STAFF);
            photo = budget.addPhoto(published, selected, new MockMultipartFile("photo", "chantier.png", "image/png", PNG),
                    BudgetFixtures.STAFF).photoIds().get(0);
        });
    }

    @Autowired ma.mocharaka.portal.residence.ResidenceVerification residence;

    private String paperVoter() {
        String cin = BudgetFixtures.randomCin();
        residence.verifyAtOffice(cin, "Votant papier", null, 1980, BudgetFixtures.STAFF);
        return cin;
    }

    @Test
    void beniMellalCyclesAreInvisibleFromDemnate() throws Exception {
        assertThat(api("GET", "/c/beni-mellal/api/budget/cycles", null, null).body()).contains(title);
        assertThat(api("GET", "/c/beni-mellal/api/budget/cycles/" + voting, null, null).body()).contains(title);
        assertThat(api("GET", "/c/beni-mellal/api/budget/cycles/" + published + "/results", null, null).statusCode()).isEqualTo(200);
        assertThat(api("GET", "/c/beni-mellal/budget/" + published + "/projects/" + selected + "/photos/" + photo, null, null)
                .statusCode()).isEqualTo(200);

        assertThat(api("GET", "/c/demnat/api/budget/cycles", null, null).body()).doesNotContain(title);
        assertThat(api("GET", "/c/demnat/api/budget/cycles/" + voting, null, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/c/demnat/api/budget/cycles/" + published + "/results", null, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/c/demnat/budget?lang=fr", null, null).body()).doesNotContain(title);
        assertThat(api("GET", "/c/demnat/budget/" + voting + "?lang=fr", null, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/c/demnat/budget/" + published + "/projects/" + selected + "/photos/" + photo, null, null)
                .statusCode()).isEqualTo(404);
        assertThat(api("GET", "/c/demnat/api/budget/cycles/" + voting + "/ballot", token("demnat.citizen"), null)
                .statusCode()).isEqualTo(404);
        assertThat(api("PUT", "/c/demnat/api/budget/cycles/" + voting + "/ballot", token("bm.citizen"),
                "{\"projects\":[" + project + "]}").statusCode()).isEqualTo(404);
        mvc.perform(get("/c/demnat/admin/budget").with(staffOf("demnat", PlatformRole.COMMUNE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(title));
        mvc.perform(get("/c/demnat/admin/budget/" + voting).with(staffOf("demnat", PlatformRole.COMMUNE_ADMIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/c/demnat/budget/" + voting + "/vote").with(citizen("demnat")))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"azilal.admin", "demnat.admin", "demnat.staff", "bm.citizen", "bm.focal"})
    void nobodyButBeniMellalStaffWritesThroughTheApi(String user) throws Exception {
        String token = token(user);
        for (String write : STAFF_API_WRITES) {
            String[] methodAndPath = write.split(" ");
            HttpResponse<String> refused = api(methodAndPath[0], "/c/beni-mellal/api/budget" + methodAndPath[1]
                            .replace("{id}", "" + voting).replace("{p}", "" + project), token,
                    "{\"title\":\"x\",\"description\":\"x\",\"feasible\":true,\"costMad\":1,\"cin\":\"AB123456\","
                            + "\"projects\":[" + project + "],\"progress\":50}");
            assertThat(refused.statusCode()).as(user + " " + write).isEqualTo(403);
        }
        assertThat(api("GET", "/c/beni-mellal/api/budget/cycles/" + voting, null, null).body())
                .contains("\"status\":\"FEASIBLE\"").doesNotContain("\"title\":\"x\"");
    }

    @Test
    void anonymousCallersAndForeignVotersAreRefused() throws Exception {
        for (String write : STAFF_API_WRITES) {
            String[] methodAndPath = write.split(" ");
            assertThat(api(methodAndPath[0], "/c/beni-mellal/api/budget" + methodAndPath[1]
                    .replace("{id}", "" + voting).replace("{p}", "" + project), null, "{}").statusCode())
                    .as("anonymous " + write).isEqualTo(401);
        }
        assertThat(api("PUT", "/c/beni-mellal/api/budget/cycles/" + voting + "/ballot", null,
                "{\"projects\":[" + project + "]}").statusCode()).isEqualTo(401);
        // Demnate's citizen has no residence verified in Beni Mellal, so their ballot is refused there.
        HttpResponse<String> foreign = api("PUT", "/c/beni-mellal/api/budget/cycles/" + voting + "/ballot",
                token("demnat.citizen"), "{\"projects\":[" + project + "]}");
        assertThat(foreign.statusCode()).isEqualTo(409);
        assertThat(foreign.body()).contains("budget.error.notVerified");
        // A Beni Mellal staff token replayed on Azilal's address is refused there.
        assertThat(api("POST", "/c/azilal/api/budget/cycles/" + voting + "/results", token("bm.admin"), "{}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theStaffPagesOfBeniMellalRefuseOtherCommunesStaffWhateverTheHost() throws Exception {
        RequestPostProcessor azilalAdmin = staffOf("azilal", PlatformRole.COMMUNE_ADMIN);
        RequestPostProcessor demnatAdmin = staffOf("demnat", PlatformRole.COMMUNE_ADMIN);
        mvc.perform(get("/c/beni-mellal/admin/budget").with(azilalAdmin)).andExpect(status().isForbidden());
        mvc.perform(get("/c/beni-mellal/admin/budget/" + voting).with(azilalAdmin)).andExpect(status().isForbidden());
        for (String path : STAFF_PAGE_WRITES) {
            mvc.perform(post("/c/beni-mellal/admin/budget" + path.replace("{id}", "" + voting).replace("{p}", "" + project))
                            .param("title", "x").param("verdict", "FEASIBLE").param("cost", "1").param("cin", "AB123456")
                            .param("project", "" + project).param("progress", "50").with(azilalAdmin).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/c/beni-mellal/admin/budget/" + published + "/projects/" + selected + "/photos")
                        .file(new MockMultipartFile("photo", "x.png", "image/png", PNG)).with(azilalAdmin).with(csrf()))
                .andExpect(status().isForbidden());
        // The host names Demnate but the path names Beni Mellal: the path decides, and Demnate's admin is a stranger.
        mvc.perform(get("/c/beni-mellal/admin/budget/" + voting).with(demnatAdmin)
                        .with(request -> { request.setServerName("demnat.localhost"); return request; }))
                .andExpect(status().isForbidden());
        // The host names Beni Mellal but the path Demnate: Beni Mellal's cycle is not found there.
        mvc.perform(get("/c/demnat/budget/" + voting)
                        .with(request -> { request.setServerName("beni-mellal.localhost"); return request; }))
                .andExpect(status().isNotFound());
        mvc.perform(get("/c/beni-mellal/admin/budget/" + voting).with(staffOf("beni-mellal", PlatformRole.COMMUNE_STAFF)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(title));
        mvc.perform(get("/c/beni-mellal/budget/" + voting + "/vote")).andExpect(status().is3xxRedirection());
    }

    private static RequestPostProcessor staffOf(String commune, PlatformRole role) {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", commune + "-staff", "preferred_username", commune + ".someone"));
        return oidcLogin().oidcUser(new DefaultOidcUser(List.of(
                new SimpleGrantedAuthority(role.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune)), idToken, "preferred_username"));
    }

    private static RequestPostProcessor citizen(String commune) {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", commune + "-citizen", "preferred_username", commune + ".citizen"));
        return oidcLogin().oidcUser(new DefaultOidcUser(List.of(
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune)), idToken, "preferred_username"));
    }

    private HttpResponse<String> api(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PortalTest.BASE_URL + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (method.equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String user) {
        return KeycloakTestServer.passwordGrantToken(user, KeycloakTestServer.DEMO_PASSWORD);
    }
}
