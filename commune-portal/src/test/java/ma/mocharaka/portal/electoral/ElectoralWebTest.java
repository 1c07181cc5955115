package ma.mocharaka.portal.electoral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.petitions.PetitionFixtures;

/**
 * The electoral list over HTTP in Demnate: staff preview then import the same file, other communes' staff and
 * citizens reach nothing, and a citizen matches themselves, in French, with what they typed kept on errors.
 */
@PortalTest
class ElectoralWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void staffPreviewThenImportTheSameFileAndACitizenMatches() throws Exception {
        String cin = PetitionFixtures.randomCin();
        MockMultipartFile list = csv("CIN;Nom complet;Quartier\n" + cin + ";Samira Ouali;Agdain\n"
                + PetitionFixtures.randomCin() + ";Omar Fassi;\n");
        RequestPostProcessor staff = staffOf("demnat", PlatformRole.COMMUNE_STAFF);
        // Sessions live in Redis behind Spring Session: the browser's session cookie is what carries the preview over.
        var previewed = mvc.perform(multipart("/c/demnat/admin/electoral-list/preview").file(list).param("lang", "fr")
                        .with(staff).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse();
        Cookie[] session = previewed.getCookies();
        assertThat(session).isNotEmpty();
        String preview = previewed.getContentAsString();
        assertThat(preview).contains("2 inscrits prêts à être importés").contains("***" + cin.substring(cin.length() - 3))
                .doesNotContain(cin);

        // Another file than the one checked is refused.
        MockMultipartFile other = csv("CIN;Nom complet\n" + PetitionFixtures.randomCin() + ";X Y\n");
        mvc.perform(multipart("/c/demnat/admin/electoral-list/import").file(other).cookie(session).with(staff).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/c/demnat/admin/electoral-list/import").file(list).cookie(session).with(staff).with(csrf()))
                .andExpect(redirectedUrl("/c/demnat/admin/electoral-list"));
        assertThat(jdbc.sql("SELECT count(*) FROM commune_demnat.electoral_list_entry").query(Long.class).single()).isEqualTo(2);

        String citizen = "matcher-" + UUID.randomUUID().toString().substring(0, 8);
        String refused = mvc.perform(post("/c/demnat/account/residence").param("lang", "fr").param("cin", cin)
                        .param("fullName", "Samira Autre").with(citizen(citizen)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Aucune inscription ne correspond").contains("value=\"Samira Autre\"");
        RequestPostProcessor onDemnatsHost = request -> {
            request.setServerName("demnat.localhost");
            return request;
        };
        mvc.perform(post("/c/demnat/account/residence").param("cin", cin).param("fullName", "ouali samira")
                        .with(onDemnatsHost).with(citizen(citizen)).with(csrf()))
                .andExpect(redirectedUrl("/c/demnat/account/residence"));
        assertThat(jdbc.sql("SELECT method FROM commune_demnat.verified_resident WHERE username = ?").params(citizen)
                .query(String.class).single()).isEqualTo("ELECTORAL_LIST");
        // Matching Demnate's list says nothing in Beni Mellal, whose list and residents are its own.
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.verified_resident WHERE username = ?").params(citizen)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFileWithProblemsListsThemInTheReadersLanguage() throws Exception {
        String page = mvc.perform(multipart("/c/demnat/admin/electoral-list/preview").param("lang", "fr")
                        .file(csv("CIN;Nom complet\nABC;Samira\n")).with(staffOf("demnat", PlatformRole.COMMUNE_ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ligne 2 :").contains("numéro de CIN absent ou invalide");
    }

    @Test
    void otherCommunesStaffCitizensAndAnonymousReachNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM commune_demnat.electoral_list_entry").query(Long.class).single();
        for (RequestPostProcessor foreign : List.of(staffOf("azilal", PlatformRole.COMMUNE_ADMIN),
                staffOf("beni-mellal", PlatformRole.COMMUNE_STAFF), citizen("demnat.citizen"))) {
            mvc.perform(get("/c/demnat/admin/electoral-list").with(foreign)).andExpect(status().isForbidden());
            mvc.perform(multipart("/c/demnat/admin/electoral-list/preview").file(csv("CIN;Nom\nAB123;X\n"))
                    .with(foreign).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(multipart("/c/demnat/admin/electoral-list/import").file(csv("CIN;Nom\nAB123;X\n"))
                    .with(foreign).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/c/demnat/admin/electoral-list")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/c/demnat/account/residence")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM commune_demnat.electoral_list_entry").query(Long.class).single())
                .isEqualTo(before);
    }

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "liste.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static RequestPostProcessor citizen(String name) {
        return user(name, List.of(new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority())));
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
