package ma.mocharaka.portal.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;

/** The citizen profile on the real schema and through the web: consent, erasure, counts, and one commune at a time. */
@PortalTest
class CitizenProfilesTest {

    @Autowired
    CitizenProfiles profiles;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc web;

    @Test
    void inclusionAnswersAreKeptWithConsentAndErasedWhenItIsWithdrawn() {
        String account = "citizen-" + UUID.randomUUID();
        Map<String, Long> before = inBeniMellal(() -> profiles.facts());
        inBeniMellal(() -> {
            profiles.save(account, new ProfileForm("Béni Mellal", "Hay Al Amal", true, Gender.WOMAN, AgeBand.FROM_18_TO_35, false));
            return null;
        });
        assertThat(inBeniMellal(() -> profiles.of(account))).isEqualTo(
                new ProfileForm("Béni Mellal", "Hay Al Amal", true, Gender.WOMAN, AgeBand.FROM_18_TO_35, false));
        Map<String, Long> after = inBeniMellal(() -> profiles.facts());
        assertThat(after.get("women") - before.get("women")).isEqualTo(1);
        assertThat(after.get("youth") - before.get("youth")).isEqualTo(1);

        inBeniMellal(() -> {
            profiles.withdrawInclusionConsent(account);
            return null;
        });
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.citizen_profile WHERE account = ? AND gender IS NULL "
                + "AND age_band IS NULL AND disability IS NULL AND NOT inclusion_consent AND neighbourhood = 'Hay Al Amal'")
                .params(account).query(Long.class).single()).as("answers erased, residence kept").isEqualTo(1);
        assertThat(inBeniMellal(() -> profiles.facts()).get("women")).isEqualTo(before.get("women"));
    }

    @Test
    void theSchemaRefusesInclusionAnswersWithoutConsent() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO commune_demnat.citizen_profile (account, gender) VALUES (?, 'MAN')")
                .params("x-" + UUID.randomUUID()).update())
                .hasMessageContaining("citizen_profile_inclusion_needs_consent");
    }

    @Test
    void aProfileBelongsToOneCommuneAndOneAccount() throws Exception {
        String account = "citizen-" + UUID.randomUUID();
        web.perform(post("/c/beni-mellal/account/profile").with(citizen(account, "beni-mellal")).with(csrf())
                        .param("residenceCommune", "Béni Mellal").param("neighbourhood", "Hay Ouled Ayad " + account))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/c/beni-mellal/account/profile?lang=fr", citizen(account, "beni-mellal"))).contains("Hay Ouled Ayad " + account);
        assertThat(page("/c/demnat/account/profile?lang=fr", citizen(account, "demnat"))).doesNotContain("Hay Ouled Ayad");
        assertThat(page("/c/beni-mellal/account/profile?lang=fr", citizen("someone-else", "beni-mellal"))).doesNotContain("Hay Ouled Ayad");
        web.perform(get("/c/beni-mellal/account/profile")).andExpect(status().is3xxRedirection());
        web.perform(post("/c/beni-mellal/account/profile").with(citizen(account, "beni-mellal"))
                .param("neighbourhood", "without csrf")).andExpect(status().isForbidden());
    }

    @Test
    void answersWithoutConsentAreRefusedInTheCitizensLanguageAndKept() throws Exception {
        String body = web.perform(post("/c/beni-mellal/account/profile?lang=ar").with(citizen("c-" + UUID.randomUUID(), "beni-mellal"))
                        .with(csrf()).param("neighbourhood", "حي الأمل").param("gender", "WOMAN"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("لا تُحفظ معطيات الإدماج إلا بموافقتكم").contains("value=\"حي الأمل\"")
                .containsPattern("<option value=\"WOMAN\" selected=\"selected\"");
    }

    private String page(String path, RequestPostProcessor user) throws Exception {
        return web.perform(get(path).with(user)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor citizen(String account, String commune) {
        return oidcLogin().idToken(token -> token.claim("sub", account))
                .authorities(new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority()),
                        new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    private <T> T inBeniMellal(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), work);
    }
}
