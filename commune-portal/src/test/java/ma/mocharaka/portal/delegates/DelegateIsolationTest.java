package ma.mocharaka.portal.delegates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.forums.ForumView;
import ma.mocharaka.portal.forums.Forums;
import ma.mocharaka.portal.forums.TestForums;

/** Every election endpoint, public, ballot, admin and API, stays within its commune. */
@PortalTest
class DelegateIsolationTest {

    @Autowired
    DelegateElections elections;
    @Autowired
    Forums forums;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    MockMvc web;

    ForumView forum;
    long election;
    String neighbourhood;

    @BeforeEach
    void anElectionInBeniMellal() {
        forum = TestForums.upcoming(forums, registry, "beni-mellal");
        neighbourhood = "Hay Isolation " + forum.id() + "-" + System.nanoTime();
        election = inBeniMellal(() -> elections.prepare(forum.id(),
                new ElectionDraft(null, neighbourhood, null, null, 1, "Candidate One"), "bm.staff"));
    }

    @Test
    void publicPagesAndApiShowTheElectionInItsCommuneOnly() throws Exception {
        String path = "/forums/" + forum.id() + "/elections";
        assertThat(body(get("/c/beni-mellal" + path + "?lang=fr"))).contains(neighbourhood);
        assertThat(body(get("/c/beni-mellal/api" + path))).contains(neighbourhood);
        for (String other : new String[] {"demnat", "azilal"}) {
            assertThat(body(get("/c/" + other + path + "?lang=fr"))).doesNotContain(neighbourhood);
            assertThat(body(get("/c/" + other + "/api" + path))).doesNotContain(neighbourhood);
        }
    }

    @Test
    void adminPagesAreForTheCommunesOwnStaff() throws Exception {
        String admin = "/c/beni-mellal/admin/forums/" + forum.id() + "/elections";
        web.perform(get(admin).with(staffOf("beni-mellal"))).andExpect(status().isOk());
        web.perform(get(admin).with(staffOf("azilal"))).andExpect(status().isForbidden());
        web.perform(get(admin).with(citizenOf("beni-mellal"))).andExpect(status().isForbidden());
        web.perform(post(admin + "/" + election + "/open").with(staffOf("demnat")).with(csrf()))
                .andExpect(status().isForbidden());
        web.perform(post(admin).with(staffOf("demnat")).with(csrf())
                        .param("neighbourhoodFr", "Intrus").param("seats", "1").param("candidates", "X"))
                .andExpect(status().isForbidden());
        assertThat(inBeniMellal(() -> elections.atForum(forum.id(), null)))
                .singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(ElectionStatus.PREPARED));

        web.perform(post(admin + "/" + election + "/open").with(staffOf("beni-mellal")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(inBeniMellal(() -> elections.atForum(forum.id(), null)).getFirst().status())
                .isEqualTo(ElectionStatus.OPEN);
    }

    @Test
    void aBallotThroughAnotherCommunesAddressNeverLandsHere() throws Exception {
        inBeniMellal(() -> elections.open(forum.id(), election, "bm.staff"));
        long candidate = inBeniMellal(() -> elections.atForum(forum.id(), null)).getFirst().candidates().getFirst().id();

        web.perform(post("/c/demnat/forums/" + forum.id() + "/elections/" + election + "/ballot")
                        .with(citizenOf("demnat")).with(csrf()).param("candidate", String.valueOf(candidate)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 404));
        web.perform(post("/c/beni-mellal/forums/" + forum.id() + "/elections/" + election + "/ballot")
                        .with(csrf()).param("candidate", String.valueOf(candidate)))
                .andExpect(status().is3xxRedirection());
        assertThat(inBeniMellal(() -> elections.ballotCount(election))).isZero();
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return web.perform(request).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private <T> T inBeniMellal(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), work);
    }

    private static RequestPostProcessor staffOf(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.COMMUNE_ADMIN.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    private static RequestPostProcessor citizenOf(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }
}
