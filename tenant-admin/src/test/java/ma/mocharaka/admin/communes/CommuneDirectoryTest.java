package ma.mocharaka.admin.communes;

import static ma.mocharaka.admin.ApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneContextFilter;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/**
 * Registry corrections and contacts: only program admins change them, a focal point reads their own commune's
 * contacts (page and API) and nothing of another commune; every change is audited with before and after.
 */
@AdminTest
class CommuneDirectoryTest {

    @Autowired WebApplicationContext context;
    @Autowired FilterRegistrationBean<CommuneContextFilter> communeFilter;
    @Autowired JdbcClient jdbc;
    @Autowired AuditTrail audit;
    @Autowired CommuneRegistry registry;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(communeFilter.getFilter())
                .apply(springSecurity())
                .build();
    }

    private static RequestPostProcessor user(String role, String commune) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(PlatformRole.valueOf(role).authority()));
        if (commune != null) {
            authorities.add(new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
        }
        return oidcLogin().authorities(authorities);
    }

    private long demnatContact() {
        jdbc.sql("""
                INSERT INTO platform.commune_contact (commune_id, name, role, email, updated_by)
                SELECT id, 'Point focal de Demnate', 'FOCAL_POINT', 'focal@demnate.example', 'test'
                FROM platform.commune WHERE slug = 'demnat' ON CONFLICT DO NOTHING""").update();
        return jdbc.sql("SELECT id FROM platform.commune_contact WHERE name = 'Point focal de Demnate'")
                .query(Long.class).single();
    }

    private String demnatState() {
        return jdbc.sql("""
                SELECT c.name_fr || c.region || coalesce(c.population::text, '') || c.kind || '|'
                       || coalesce((SELECT string_agg(k.name || k.role || coalesce(k.email, ''), ',' ORDER BY k.id)
                                    FROM platform.commune_contact k WHERE k.commune_id = c.id), '')
                FROM platform.commune c WHERE c.slug = 'demnat'""").query(String.class).single();
    }

    @ParameterizedTest(name = "{0} {1} as {2} of {3} -> {4}")
    @CsvSource({
            "GET, /communes/demnat/registry, PROGRAM_ADMIN, , 200",
            "GET, /communes/demnat/registry, PROGRAM_ANALYST, , 403",
            "GET, /communes/demnat/registry, FOCAL_POINT, demnat, 403",
            "POST, /communes/demnat/registry, FOCAL_POINT, demnat, 403",
            "POST, /communes/demnat/registry, FOCAL_POINT, beni-mellal, 403",
            "POST, /communes/demnat/registry, COMMUNE_ADMIN, demnat, 403",
            "POST, /communes/demnat/registry, PROGRAM_ANALYST, , 403",
            "GET, /communes/demnat/contacts/new, FOCAL_POINT, demnat, 403",
            "POST, /communes/demnat/contacts, FOCAL_POINT, beni-mellal, 403",
            "POST, /communes/demnat/contacts, PROGRAM_ANALYST, , 403",
            "POST, /communes/demnat/contacts/{id}, FOCAL_POINT, beni-mellal, 403",
            "POST, /communes/demnat/contacts/{id}/delete, FOCAL_POINT, demnat, 403",
            "POST, /communes/beni-mellal/contacts/{id}/delete, PROGRAM_ADMIN, , 404",
            "GET, /communes/beni-mellal/contacts/{id}, PROGRAM_ADMIN, , 404",
    })
    void onlyProgramAdminsChangeTheRegistryAndContacts(String method, String path, String role, String commune,
                                                      int expected) throws Exception {
        long id = demnatContact();
        String before = demnatState();
        MockHttpServletRequestBuilder request = "POST".equals(method)
                ? post(path.replace("{id}", String.valueOf(id))).with(csrf()).param("nameAr", "عبث")
                        .param("nameFr", "Altérée").param("region", "Ailleurs").param("province", "Ailleurs")
                        .param("kind", "RURAL").param("name", "Intrus").param("role", "OTHER")
                : get(path.replace("{id}", String.valueOf(id)));

        mvc.perform(request.with(user(role, commune))).andExpect(status().is(expected));

        assertThat(demnatState()).as("a refused request changes nothing").isEqualTo(before);
    }

    @Test
    void theOfficeCorrectsTheRegistryAndKeepsContactsAllAudited() throws Exception {
        var commune = registry.findBySlug("azilal").orElseThrow();
        String badPage = mvc.perform(post("/communes/azilal/registry").with(csrf()).with(user("PROGRAM_ADMIN", null))
                        .param("nameAr", commune.nameAr()).param("nameFr", "").param("region", commune.region())
                        .param("province", commune.province()).param("population", "-5").param("kind", "URBAN")
                        .param("lang", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(badPage).contains("Ce champ est obligatoire", "-5");

        mvc.perform(post("/communes/azilal/registry").with(csrf()).with(user("PROGRAM_ADMIN", null))
                        .param("nameAr", commune.nameAr()).param("nameFr", commune.nameFr())
                        .param("nameZgh", "ⴰⵣⵉⵍⴰⵍ").param("region", commune.region())
                        .param("province", commune.province()).param("population", "31000").param("kind", "URBAN"))
                .andExpect(status().is3xxRedirection());
        assertThat(registry.findBySlug("azilal").orElseThrow().population()).isEqualTo(31000);

        mvc.perform(post("/communes/azilal/contacts").with(csrf()).with(user("PROGRAM_ADMIN", null))
                        .param("name", "Fatima Ait").param("role", "FOCAL_POINT").param("email", "pas-un-courriel")
                        .param("phone", "0523"))
                .andExpect(status().isOk());
        mvc.perform(post("/communes/azilal/contacts").with(csrf()).with(user("PROGRAM_ADMIN", null))
                        .param("name", "Fatima Ait").param("role", "FOCAL_POINT")
                        .param("email", "pf@azilal.example").param("phone", "+212 523 45 67 89"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM platform.commune_contact WHERE name = 'Fatima Ait'").query(Long.class).single();
        mvc.perform(post("/communes/azilal/contacts").with(csrf()).with(user("PROGRAM_ADMIN", null))
                        .param("name", "Fatima Ait").param("role", "FOCAL_POINT"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM platform.commune_contact WHERE name = 'Fatima Ait'")
                .query(Long.class).single()).as("a duplicate is refused").isEqualTo(1);

        String page = mvc.perform(get("/communes/azilal").with(user("PROGRAM_ANALYST", null)).param("lang", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Fatima Ait", "pf@azilal.example", "Point focal", "ⴰⵣⵉⵍⴰⵍ", "31000");

        mvc.perform(post("/communes/azilal/contacts/" + id + "/delete").with(csrf()).with(user("PROGRAM_ADMIN", null)))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.recent("azilal", 10))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("commune.registry");
                    assertThat(e.after()).contains("population=31000", "name_zgh=ⴰⵣⵉⵍⴰⵍ");
                })
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("commune.contact.add");
                    assertThat(e.after()).contains("pf@azilal.example");
                })
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("commune.contact.remove");
                    assertThat(e.before()).contains("Fatima Ait");
                    assertThat(e.after()).isNull();
                });
    }

    @ParameterizedTest(name = "contacts of Demnate as {0} -> {1}")
    @CsvSource({"demnat.focal, 200", "program.analyst, 200", "program.admin, 200", "bm.focal, 403",
            "azilal.admin, 403", "demnat.admin, 403", "demnat.citizen, 403"})
    void contactsAreReadThroughTheApiByStaffAndTheCommunesFocalPoint(String user, int expected) throws Exception {
        demnatContact();
        var answer = call("GET", "/api/communes/demnat/contacts", user, null);
        assertThat(answer.statusCode()).isEqualTo(expected);
        if (expected == 200) {
            assertThat(answer.body()).contains("Point focal de Demnate", "focal@demnate.example");
        }
    }
}
