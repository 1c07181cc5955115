package ma.mocharaka.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.consultations.Consultations;
import ma.mocharaka.portal.delegates.DelegateElections;
import ma.mocharaka.portal.forums.Forums;
import ma.mocharaka.portal.petitions.Petitions;
import ma.mocharaka.portal.profiles.CitizenProfiles;
import ma.mocharaka.portal.residence.ResidenceVerification;

/**
 * The "my data" pages over HTTP: only the signed-in account's own data, whatever the request names, on the path and
 * on the commune's host; deletion only for citizens, only with confirmation and a CSRF token.
 */
@PortalTest
class PersonalDataWebTest {

    @Autowired MockMvc mvc;
    @Autowired CitizenProfiles profiles;
    @Autowired ResidenceVerification residence;
    @Autowired Petitions petitions;
    @Autowired Forums forums;
    @Autowired DelegateElections elections;
    @Autowired Consultations consultations;
    @Autowired CommuneRegistry registry;
    @Autowired JdbcClient jdbc;
    @Autowired Keycloak keycloak;
    @Autowired PersonalDataExport export;

    String first;
    String second;
    Footprints.Scene scene;

    @BeforeEach
    void twoCitizens() {
        first = Footprints.account("web-first");
        second = Footprints.account("web-second");
    }

    /** Only the tests that read or erase data build it: it takes a few seconds on a busy machine. */
    private void bothTakePart() {
        scene = new Footprints(profiles, residence, petitions, forums, elections, consultations, registry, jdbc)
                .twoCitizensTakingPart("beni-mellal", first, second);
    }

    @Test
    void signingInIsRequired() throws Exception {
        bothTakePart();
        for (String path : List.of("/c/beni-mellal/account/data", "/c/beni-mellal/account/data/export",
                "/c/beni-mellal/account/data/delete")) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/c/beni-mellal/account/data/delete").param("understood", "true").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(export.communesOf(first)).containsKey("beni-mellal");
    }

    @Test
    void theDownloadIsAlwaysTheSignedInAccountsOwnOnThePathAndOnTheHost() throws Exception {
        bothTakePart();
        MvcResult byPath = mvc.perform(get("/c/beni-mellal/account/data/export").param("account", second)
                        .param("username", second).with(citizen(first)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"mocharaka-my-data.json\""))
                .andReturn();
        String json = byPath.getResponse().getContentAsString();
        assertThat(json).contains(scene.firstText(), "Nom de " + first).doesNotContain(second, scene.secondText());

        RequestPostProcessor onTheCommunesHost = request -> {
            request.setServerName("beni-mellal.localhost");
            return request;
        };
        String byHost = mvc.perform(get("/c/beni-mellal/account/data/export").with(onTheCommunesHost)
                        .with(citizen(second)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(byHost).contains(scene.secondText()).doesNotContain(first, scene.firstText());

        // Asked from another commune's address, it is still only the account's own data, never that commune's.
        String fromDemnat = mvc.perform(get("/c/demnat/account/data/export").with(citizen(first)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fromDemnat).contains(scene.firstText()).doesNotContain(second);
    }

    @Test
    void deletionNeedsTheConfirmationAndACsrfTokenAndChangesNothingWithoutThem() throws Exception {
        bothTakePart();
        mvc.perform(post("/c/beni-mellal/account/data/delete").param("understood", "true").with(citizen(first)))
                .andExpect(status().isForbidden());
        String refused = mvc.perform(post("/c/beni-mellal/account/data/delete").param("lang", "fr")
                        .with(citizen(first)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Cochez la case pour confirmer");
        assertThat(export.communesOf(first).get("beni-mellal"))
                .containsKeys("profile", "residence", "petitions", "forums", "consultations", "delegates");
    }

    @Test
    void staffAccountsCannotDeleteThemselvesHere() throws Exception {
        RequestPostProcessor staff = user("bm.staff", PlatformRole.COMMUNE_STAFF, "beni-mellal");
        String page = mvc.perform(get("/c/beni-mellal/account/data/delete").param("lang", "fr").with(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("confirm-delete").contains("appartiennent à leur organisation");
        mvc.perform(post("/c/beni-mellal/account/data/delete").param("understood", "true").with(staff).with(csrf()))
                .andExpect(status().isForbidden());
        // An Azilal administrator is nobody in Beni Mellal, but still a staff account: refused everywhere.
        mvc.perform(post("/c/beni-mellal/account/data/delete").param("understood", "true")
                        .with(user("azilal.admin", PlatformRole.COMMUNE_ADMIN, "azilal")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(ThrowawayAccounts.exists(keycloak, "bm.staff")).isTrue();
        assertThat(ThrowawayAccounts.exists(keycloak, "azilal.admin")).isTrue();
    }

    @Test
    void aConfirmedDeletionErasesTheAccountEverywhereAndSignsOut() throws Exception {
        ThrowawayAccounts.create(keycloak, first);
        bothTakePart();

        // That the browser's session ends with it is checked by PersonalDataBrowserTest, with real sessions.
        mvc.perform(post("/c/beni-mellal/account/data/delete").param("understood", "true")
                        .with(citizen(first)).with(csrf()))
                .andExpect(redirectedUrl("/c/beni-mellal/account-deleted"));

        assertThat(export.communesOf(first)).isEmpty();
        assertThat(export.communesOf(second)).containsKey("beni-mellal");
        assertThat(ThrowawayAccounts.exists(keycloak, first)).isFalse();
        mvc.perform(get("/c/beni-mellal/account-deleted").param("lang", "fr")).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Votre compte a été supprimé"));
    }

    private static RequestPostProcessor citizen(String username) {
        return user(username, PlatformRole.CITIZEN, null);
    }

    private static RequestPostProcessor user(String username, PlatformRole role, String commune) {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "sub-" + username, "preferred_username", username));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(role.authority()));
        if (commune != null) {
            authorities.add(new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
        }
        return oidcLogin().oidcUser(new DefaultOidcUser(authorities, idToken, "preferred_username"));
    }
}
