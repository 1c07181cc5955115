package ma.mocharaka.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;

/**
 * Every petition endpoint, public, staff and API, seen from the wrong commune: Beni Mellal's petitions are
 * invisible from Demnate, and Azilal's or Demnate's staff cannot act on them. API calls use real Keycloak tokens.
 */
@PortalTest
class PetitionIsolationTest {

    private static final List<String> STAFF_API_WRITES = List.of(
            "", "/threshold", "/residents", "/{id}/opening", "/{id}/paper-signatures", "/{id}/submission",
            "/{id}/admission", "/{id}/rejection", "/{id}/decision");
    private static final List<String> STAFF_PAGE_WRITES = List.of(
            "", "/threshold", "/residents", "/{id}/open", "/{id}/paper", "/{id}/submit", "/{id}/admissible",
            "/{id}/reject", "/{id}/decision");

    private final HttpClient http = HttpClient.newHttpClient();
    @Autowired MockMvc mvc;

    private String title;
    private long id;

    @BeforeEach
    void aBeniMellalPetitionCollectingSignatures() throws Exception {
        title = PetitionFixtures.uniqueTitle("Isolement");
        HttpResponse<String> created = api("POST", "/c/beni-mellal/api/petitions", token("bm.admin"), """
                {"kind":"CITIZENS","titleFr":"%s","bodyFr":"Éclairage","representativeName":"Nadia","deputyName":"Omar"}"""
                .formatted(title));
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher idMatch = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertThat(idMatch.find()).isTrue();
        id = Long.parseLong(idMatch.group(1));
        assertThat(api("POST", "/c/beni-mellal/api/petitions/" + id + "/opening", token("bm.staff"), "{}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void beniMellalPetitionsAreInvisibleFromDemnate() throws Exception {
        assertThat(api("GET", "/c/beni-mellal/api/petitions", null, null).body()).contains(title);
        assertThat(api("GET", "/c/beni-mellal/api/petitions/" + id, null, null).body()).contains(title);
        assertThat(api("GET", "/c/demnat/api/petitions", null, null).body()).doesNotContain(title);
        assertThat(api("GET", "/c/demnat/api/petitions/" + id, null, null).statusCode()).isEqualTo(404);
        assertThat(api("GET", "/c/beni-mellal/petitions?lang=fr", null, null).body()).contains(title);
        assertThat(api("GET", "/c/demnat/petitions?lang=fr", null, null).body()).doesNotContain(title);
        assertThat(api("GET", "/c/demnat/petitions/" + id + "?lang=fr", null, null).statusCode()).isEqualTo(404);
        mvc.perform(get("/c/demnat/admin/petitions").with(staffOf("demnat", PlatformRole.COMMUNE_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(title));
        mvc.perform(get("/c/demnat/admin/petitions/" + id).with(staffOf("demnat", PlatformRole.COMMUNE_ADMIN)))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"azilal.admin", "demnat.admin", "demnat.staff", "bm.citizen", "bm.focal"})
    void nobodyButBeniMellalStaffWritesThroughTheApi(String user) throws Exception {
        String token = token(user);
        for (String path : STAFF_API_WRITES) {
            HttpResponse<String> refused = api("POST", "/c/beni-mellal/api/petitions" + path.replace("{id}", "" + id),
                    token, "{\"committee\":\"x\",\"reason\":\"x\",\"accepted\":true,\"sheet\":\"AB123456\"}");
            assertThat(refused.statusCode()).as(user + " POST " + path).isEqualTo(403);
        }
        assertThat(api("GET", "/c/beni-mellal/api/petitions/" + id, null, null).body())
                .contains("\"status\":\"COLLECTING\"").contains("\"signatures\":0");
    }

    @Test
    void anonymousCallersAndForeignSignersAreRefused() throws Exception {
        for (String path : STAFF_API_WRITES) {
            assertThat(api("POST", "/c/beni-mellal/api/petitions" + path.replace("{id}", "" + id), null, "{}").statusCode())
                    .as("anonymous POST " + path).isEqualTo(401);
        }
        assertThat(api("POST", "/c/beni-mellal/api/petitions/" + id + "/signatures", null, "").statusCode()).isEqualTo(401);
        // Azilal's admin has no residence checked in Beni Mellal, so their signature is refused there.
        HttpResponse<String> foreign = api("POST", "/c/beni-mellal/api/petitions/" + id + "/signatures", token("azilal.admin"), "");
        assertThat(foreign.statusCode()).isEqualTo(409);
        assertThat(foreign.body()).contains("petition.error.notVerified");
        // A Beni Mellal token replayed on Azilal's address finds no such petition to act on.
        assertThat(api("POST", "/c/azilal/api/petitions/" + id + "/submission", token("bm.admin"), "{}").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theStaffPagesOfBeniMellalRefuseOtherCommunesStaff() throws Exception {
        RequestPostProcessor azilalAdmin = staffOf("azilal", PlatformRole.COMMUNE_ADMIN);
        mvc.perform(get("/c/beni-mellal/admin/petitions").with(azilalAdmin)).andExpect(status().isForbidden());
        mvc.perform(get("/c/beni-mellal/admin/petitions/" + id).with(azilalAdmin)).andExpect(status().isForbidden());
        for (String path : STAFF_PAGE_WRITES) {
            mvc.perform(post("/c/beni-mellal/admin/petitions" + path.replace("{id}", "" + id))
                            .param("committee", "x").param("reason", "x").param("outcome", "ACCEPTED")
                            .param("sheet", "AB123456").with(azilalAdmin).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        RequestPostProcessor beniMellalStaff = staffOf("beni-mellal", PlatformRole.COMMUNE_STAFF);
        mvc.perform(get("/c/beni-mellal/admin/petitions/" + id).with(beniMellalStaff))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(title));
        assertThat(api("GET", "/c/beni-mellal/api/petitions/" + id, null, null).body()).contains("\"signatures\":0");
    }

    private static RequestPostProcessor staffOf(String commune, PlatformRole role) {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", commune + "-staff", "preferred_username", commune + ".someone"));
        return oidcLogin().oidcUser(new DefaultOidcUser(List.of(
                new SimpleGrantedAuthority(role.authority()),
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
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(String user) {
        return KeycloakTestServer.passwordGrantToken(user, KeycloakTestServer.DEMO_PASSWORD);
    }
}
