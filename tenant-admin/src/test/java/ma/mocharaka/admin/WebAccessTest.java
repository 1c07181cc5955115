package ma.mocharaka.admin;

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

import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneContextFilter;

/**
 * Every page and form of the program office against every kind of user, through the real filter chain (commune
 * resolution, then security): a focal point of Beni Mellal or an Azilal admin gets nothing of Demnate, an analyst
 * reads and never writes. The browser tests prove the Keycloak login; this one covers the whole grid quickly.
 */
@AdminTest
class WebAccessTest {

    @Autowired WebApplicationContext context;
    @Autowired FilterRegistrationBean<CommuneContextFilter> communeFilter;
    @Autowired JdbcClient jdbc;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        // The commune filter first, as in the server, so security rules see the request's commune.
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(communeFilter.getFilter())
                .apply(springSecurity())
                .build();
    }

    @ParameterizedTest(name = "{0} {1} as {2} of {3} -> {4}")
    @CsvSource({
            "GET, /programs, PROGRAM_ANALYST, , 200",
            "GET, /programs, FOCAL_POINT, beni-mellal, 403",
            "GET, /programs/tadafor, PROGRAM_ANALYST, , 200",
            "GET, /programs/tadafor, COMMUNE_ADMIN, demnat, 403",
            "GET, /programs/tadafor/matrix.csv, PROGRAM_ANALYST, , 200",
            "GET, /programs/tadafor/matrix.xlsx, FOCAL_POINT, demnat, 403",
            "GET, /programs/export.csv, PROGRAM_ADMIN, , 200",
            "POST, /programs/tadafor/targets, PROGRAM_ANALYST, , 403",
            "POST, /programs/tadafor/targets, FOCAL_POINT, beni-mellal, 403",
            "GET, /programs/tadafor/steps, PROGRAM_ANALYST, , 200",
            "GET, /programs/tadafor/steps, FOCAL_POINT, demnat, 403",
            "POST, /programs/tadafor/steps, PROGRAM_ANALYST, , 403",
            "POST, /programs/tadafor/steps, FOCAL_POINT, demnat, 403",
            "POST, /programs/openness/enrolments, PROGRAM_ANALYST, , 403",
            "POST, /programs/openness/enrolments, FOCAL_POINT, demnat, 403",
            "POST, /activities/1/attendance/confirm, PROGRAM_ANALYST, , 403",
            "POST, /activities/1/attendance/confirm, FOCAL_POINT, demnat, 403",
            "GET, /activities, PROGRAM_ANALYST, , 200",
            "GET, /activities, FOCAL_POINT, demnat, 403",
            "GET, /activities/export.xlsx, FOCAL_POINT, demnat, 403",
            "GET, /activities/new, PROGRAM_ANALYST, , 403",
            "POST, /activities, PROGRAM_ANALYST, , 403",
            "POST, /activities, FOCAL_POINT, demnat, 403",
            "GET, /communes/demnat/onboarding, FOCAL_POINT, demnat, 200",
            "GET, /communes/demnat/onboarding, FOCAL_POINT, beni-mellal, 403",
            "GET, /communes/demnat/onboarding, COMMUNE_ADMIN, azilal, 403",
            "GET, /communes/demnat/onboarding, COMMUNE_ADMIN, demnat, 403",
            "GET, /communes/demnat/onboarding, CITIZEN, demnat, 403",
            "GET, /communes/demnat/onboarding, PROGRAM_ANALYST, , 200",
            "GET, /communes/demnat/onboarding/{step}, FOCAL_POINT, beni-mellal, 403",
            "POST, /communes/demnat/onboarding/{step}, FOCAL_POINT, beni-mellal, 403",
            "POST, /communes/demnat/onboarding/{step}, COMMUNE_ADMIN, azilal, 403",
            "POST, /communes/demnat/onboarding/{step}, PROGRAM_ANALYST, , 403",
            "POST, /communes/demnat/onboarding/{step}/review, FOCAL_POINT, demnat, 403",
            "POST, /communes/demnat/onboarding/{step}/review, PROGRAM_ANALYST, , 403",
            "GET, /communes/demnat/activities, FOCAL_POINT, demnat, 200",
            "GET, /communes/demnat/activities, FOCAL_POINT, beni-mellal, 403",
            "GET, /communes/demnat/activities/export.csv, FOCAL_POINT, beni-mellal, 403",
            "GET, /communes/demnat/activities/export.csv, FOCAL_POINT, demnat, 200",
    })
    void accessFollowsRolesAndCommunes(String method, String path, String role, String commune, int expected)
            throws Exception {
        String before = demnatSteps();
        String url = path.replace("{step}", String.valueOf(jdbc.sql("""
                SELECT t.id FROM platform.onboarding_step_template t JOIN platform.program p ON p.id = t.program_id
                WHERE p.code = 'tadafor' AND t.code = 'exchange-visit'""").query(Long.class).single()));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(PlatformRole.valueOf(role).authority()));
        if (commune != null) {
            authorities.add(new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
        }
        MockHttpServletRequestBuilder request = "POST".equals(method)
                ? post(url).with(csrf()).param("status", "BLOCKED").param("decision", "validate")
                        .param("titleAr", "x").param("titleFr", "x").param("women", "1").param("youth", "1")
                        .param("disability", "1")
                : get(url);

        mvc.perform(request.with(oidcLogin().authorities(authorities))).andExpect(status().is(expected));

        if (expected == 403) {
            org.assertj.core.api.Assertions.assertThat(demnatSteps()).as("a refused request changes nothing")
                    .isEqualTo(before);
        }
    }

    private String demnatSteps() {
        return jdbc.sql("""
                SELECT string_agg(s.status || s.review || coalesce(s.achievement, ''), '|' ORDER BY s.id)
                FROM platform.onboarding_step s JOIN platform.commune c ON c.id = s.commune_id
                WHERE c.slug = 'demnat'""").query(String.class).single();
    }
}
