package ma.mocharaka.admin.activities;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneContextFilter;

/**
 * The console's session pages and forms against every kind of user through the real filter chain: a focal point
 * of Beni Mellal gets nothing of Demnate, a focal point never touches a session shared with other communes.
 */
@AdminTest
class SessionConsoleTest {

    @Autowired WebApplicationContext context;
    @Autowired FilterRegistrationBean<CommuneContextFilter> communeFilter;
    @Autowired JdbcClient jdbc;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(communeFilter.getFilter())
                .apply(springSecurity())
                .build();
    }

    /** A session of Demnate alone and one Beni Mellal shares with Azilal (the Chefchaouen visit), made once. */
    private long[] sessions() {
        jdbc.sql("""
                INSERT INTO platform.activity (kind, title_ar, title_fr, starts_on, ends_on)
                SELECT 'MEETING', 'اجتماع دمنات', 'Réunion de Demnate seule', DATE '2025-05-05', DATE '2025-05-05'
                WHERE NOT EXISTS (SELECT 1 FROM platform.activity WHERE title_fr = 'Réunion de Demnate seule')""").update();
        long demnat = jdbc.sql("SELECT id FROM platform.activity WHERE title_fr = 'Réunion de Demnate seule'")
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO platform.activity_commune (activity_id, commune_id)
                SELECT ?, id FROM platform.commune WHERE slug = 'demnat' ON CONFLICT DO NOTHING""").param(demnat).update();
        long shared = jdbc.sql("""
                SELECT ac.activity_id FROM platform.activity_commune ac GROUP BY ac.activity_id
                HAVING count(*) > 1 AND bool_or(ac.commune_id = (SELECT id FROM platform.commune WHERE slug = 'beni-mellal'))
                ORDER BY ac.activity_id LIMIT 1""").query(Long.class).single();
        return new long[] {demnat, shared};
    }

    private String state() {
        return jdbc.sql("SELECT string_agg(id || title_fr || coalesce(place, ''), '|' ORDER BY id) FROM platform.activity")
                .query(String.class).single();
    }

    @ParameterizedTest(name = "{0} {1} as {2} of {3} -> {4}")
    @CsvSource({
            "GET, /communes/demnat/activities/new, FOCAL_POINT, demnat, 200",
            "GET, /communes/demnat/activities/new, FOCAL_POINT, beni-mellal, 403",
            "GET, /communes/demnat/activities/new, PROGRAM_ANALYST, , 403",
            "GET, /communes/demnat/activities/new, COMMUNE_ADMIN, demnat, 403",
            "GET, /communes/demnat/activities/{demnat}/edit, FOCAL_POINT, demnat, 200",
            "GET, /communes/demnat/activities/{demnat}/edit, FOCAL_POINT, beni-mellal, 403",
            "GET, /communes/beni-mellal/activities/{demnat}/edit, FOCAL_POINT, beni-mellal, 404",
            "GET, /communes/beni-mellal/activities/{shared}/edit, FOCAL_POINT, beni-mellal, 404",
            "POST, /communes/beni-mellal/activities/{shared}, FOCAL_POINT, beni-mellal, 404",
            "POST, /communes/beni-mellal/activities/{shared}/delete, FOCAL_POINT, beni-mellal, 404",
            "POST, /communes/demnat/activities, FOCAL_POINT, beni-mellal, 403",
            "POST, /communes/demnat/activities, PROGRAM_ANALYST, , 403",
            "POST, /communes/demnat/activities/{demnat}, FOCAL_POINT, beni-mellal, 403",
            "POST, /communes/demnat/activities/{demnat}, COMMUNE_ADMIN, azilal, 403",
            "POST, /communes/demnat/activities/{demnat}/delete, FOCAL_POINT, beni-mellal, 403",
            "POST, /communes/demnat/activities/{demnat}/delete, CITIZEN, demnat, 403",
            "GET, /activities/{demnat}/edit, PROGRAM_ANALYST, , 403",
            "GET, /activities/{demnat}/edit, FOCAL_POINT, demnat, 403",
            "GET, /activities/{shared}/edit, PROGRAM_ADMIN, , 200",
            "POST, /activities/{demnat}, PROGRAM_ANALYST, , 403",
            "POST, /activities/{demnat}, FOCAL_POINT, demnat, 403",
            "POST, /activities/{shared}/delete, FOCAL_POINT, beni-mellal, 403",
            "POST, /activities/{shared}/delete, PROGRAM_ANALYST, , 403",
    })
    void accessFollowsRolesAndCommunes(String method, String path, String role, String commune, int expected)
            throws Exception {
        long[] ids = sessions();
        String before = state();
        String url = path.replace("{demnat}", String.valueOf(ids[0])).replace("{shared}", String.valueOf(ids[1]));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(PlatformRole.valueOf(role).authority()));
        if (commune != null) {
            authorities.add(new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
        }
        MockHttpServletRequestBuilder request = "POST".equals(method)
                ? post(url).with(csrf()).param("kind", "MEETING").param("titleAr", "عبث").param("titleFr", "Altérée")
                        .param("startsOn", "2025-05-05").param("endsOn", "2025-05-05").param("place", "ailleurs")
                : get(url);

        mvc.perform(request.with(oidcLogin().authorities(authorities))).andExpect(status().is(expected));

        if (expected >= 400) {
            assertThat(state()).as("a refused request changes nothing").isEqualTo(before);
        }
    }
}
