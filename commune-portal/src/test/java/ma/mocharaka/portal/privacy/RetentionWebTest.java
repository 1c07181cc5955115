package ma.mocharaka.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.portal.PortalTest;

/** The retention page: the commune's administrator changes it; staff read it; other communes' staff reach nothing. */
@PortalTest
class RetentionWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theAdministratorSavesPeriodsForTheirCommuneOnly() throws Exception {
        mvc.perform(periods(post("/c/demnat/admin/privacy/retention"), "61", "13", "25")
                        .with(staffOf("demnat", PlatformRole.COMMUNE_ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/c/demnat/admin/privacy/retention"));
        assertThat(months("commune_demnat", "FORUM_REGISTRATIONS")).isEqualTo(13);
        assertThat((Object) months("commune_beni_mellal", "FORUM_REGISTRATIONS")).as("Beni Mellal untouched").isNotEqualTo(13);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE commune = 'demnat' AND action = 'privacy.retention-set'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void outOfRangeValuesComeBackWithTheErrorAndWhatWasTyped() throws Exception {
        String page = mvc.perform(periods(post("/c/demnat/admin/privacy/retention").param("lang", "fr"), "6", "abc", "24")
                        .with(staffOf("demnat", PlatformRole.COMMUNE_ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Journal d’audit de la commune (mois) : indiquez un nombre de mois entre 12 et 240")
                .contains("value=\"abc\"").contains("value=\"6\"");
    }

    @Test
    void staffReadButOnlyTheAdministratorChangesAndOtherCommunesReachNothing() throws Exception {
        String page = mvc.perform(get("/c/demnat/admin/privacy/retention").param("lang", "fr")
                        .with(staffOf("demnat", PlatformRole.COMMUNE_STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Seul l’administrateur").doesNotContain("save-retention");
        Integer before = months("commune_demnat", "AUDIT_TRAIL");
        mvc.perform(periods(post("/c/demnat/admin/privacy/retention"), "200", "200", "200")
                        .with(staffOf("demnat", PlatformRole.COMMUNE_STAFF)).with(csrf()))
                .andExpect(status().isForbidden());
        for (RequestPostProcessor foreign : List.of(staffOf("azilal", PlatformRole.COMMUNE_ADMIN),
                staffOf("beni-mellal", PlatformRole.COMMUNE_ADMIN), citizen())) {
            mvc.perform(get("/c/demnat/admin/privacy/retention").with(foreign)).andExpect(status().isForbidden());
            mvc.perform(periods(post("/c/demnat/admin/privacy/retention"), "200", "200", "200").with(foreign).with(csrf()))
                    .andExpect(status().isForbidden());
            RequestPostProcessor onDemnatsHost = request -> {
                request.setServerName("demnat.localhost");
                return request;
            };
            mvc.perform(periods(post("/c/demnat/admin/privacy/retention"), "200", "200", "200").with(onDemnatsHost)
                    .with(foreign).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/c/demnat/admin/privacy/retention")).andExpect(status().is3xxRedirection());
        assertThat((Object) months("commune_demnat", "AUDIT_TRAIL")).isEqualTo(before);
    }

    private Integer months(String schema, String category) {
        return jdbc.sql("SELECT months FROM " + schema + ".retention_setting WHERE category = ?").params(category)
                .query(Integer.class).optional().orElse(null);
    }

    private static MockHttpServletRequestBuilder periods(MockHttpServletRequestBuilder request, String audit,
                                                         String forums, String signatures) {
        return request.param("months_AUDIT_TRAIL", audit).param("months_FORUM_REGISTRATIONS", forums)
                .param("months_PETITION_SIGNATURES", signatures);
    }

    private static RequestPostProcessor citizen() {
        return user("demnat.citizen", List.of(new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority())));
    }

    private static RequestPostProcessor staffOf(String commune, PlatformRole role) {
        return user(commune + ".someone", List.of(new SimpleGrantedAuthority(role.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune)));
    }

    private static RequestPostProcessor user(String name, List<SimpleGrantedAuthority> authorities) {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "sub-" + name, "preferred_username", name));
        return oidcLogin().oidcUser(new DefaultOidcUser(authorities, idToken, "preferred_username"));
    }
}
