package ma.mocharaka.admin.milestones;

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
import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneContextFilter;

/**
 * The console's milestone pages and forms against every kind of user through the real filter chain, and the
 * milestones in the PDF progress reports.
 */
@AdminTest
class MilestoneConsoleTest {

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

    private static RequestPostProcessor user(String role, String commune) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(PlatformRole.valueOf(role).authority()));
        if (commune != null) {
            authorities.add(new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
        }
        return oidcLogin().authorities(authorities);
    }

    private String demnatMilestones() {
        return jdbc.sql("""
                SELECT string_agg(m.id || m.title_fr || coalesce(m.actual_on::text, ''), '|' ORDER BY m.id)
                FROM platform.milestone m JOIN platform.commune c ON c.id = m.commune_id WHERE c.slug = 'demnat'""")
                .query(String.class).single();
    }

    @ParameterizedTest(name = "{0} {1} as {2} of {3} -> {4}")
    @CsvSource({
            "GET, /communes/demnat/milestones/new, FOCAL_POINT, demnat, 200",
            "GET, /communes/demnat/milestones/new, PROGRAM_ADMIN, , 200",
            "GET, /communes/demnat/milestones/new, FOCAL_POINT, beni-mellal, 403",
            "GET, /communes/demnat/milestones/new, PROGRAM_ANALYST, , 403",
            "GET, /communes/demnat/milestones/new, COMMUNE_ADMIN, demnat, 403",
            "GET, /communes/demnat/milestones/{id}, FOCAL_POINT, beni-mellal, 403",
            "GET, /communes/demnat/milestones/{id}, FOCAL_POINT, demnat, 200",
            "GET, /communes/beni-mellal/milestones/{id}, FOCAL_POINT, beni-mellal, 404",
            "POST, /communes/demnat/milestones, FOCAL_POINT, beni-mellal, 403",
            "POST, /communes/demnat/milestones, PROGRAM_ANALYST, , 403",
            "POST, /communes/demnat/milestones, CITIZEN, demnat, 403",
            "POST, /communes/demnat/milestones/{id}, FOCAL_POINT, beni-mellal, 403",
            "POST, /communes/demnat/milestones/{id}, COMMUNE_ADMIN, azilal, 403",
            "POST, /communes/demnat/milestones/{id}/delete, FOCAL_POINT, beni-mellal, 403",
            "POST, /communes/demnat/milestones/{id}/delete, PROGRAM_ANALYST, , 403",
            "POST, /communes/beni-mellal/milestones/{id}/delete, FOCAL_POINT, beni-mellal, 404",
            "GET, /programs/tadafor/milestones/new, PROGRAM_ADMIN, , 200",
            "GET, /programs/tadafor/milestones/new, PROGRAM_ANALYST, , 403",
            "GET, /programs/tadafor/milestones/new, FOCAL_POINT, demnat, 403",
            "POST, /programs/tadafor/milestones, FOCAL_POINT, demnat, 403",
            "POST, /programs/tadafor/milestones, PROGRAM_ANALYST, , 403",
            "GET, /communes/demnat, FOCAL_POINT, demnat, 200",
            "GET, /communes/demnat, FOCAL_POINT, beni-mellal, 403",
    })
    void accessFollowsRolesAndCommunes(String method, String path, String role, String commune, int expected)
            throws Exception {
        String before = demnatMilestones();
        long approval = jdbc.sql("SELECT id FROM platform.milestone WHERE title_fr = 'Plan d’action approuvé par le conseil'")
                .query(Long.class).single();
        String url = path.replace("{id}", String.valueOf(approval));
        MockHttpServletRequestBuilder request = "POST".equals(method)
                ? post(url).with(csrf()).param("program", "tadafor").param("titleAr", "عبث")
                        .param("titleFr", "Altéré").param("actualOn", "2025-01-01")
                : get(url);

        mvc.perform(request.with(user(role, commune))).andExpect(status().is(expected));

        if (expected >= 400) {
            assertThat(demnatMilestones()).as("a refused request changes nothing").isEqualTo(before);
        }
    }

    @Test
    void aBadFormComesBackWithItsErrorsAndWhatWasTyped() throws Exception {
        String before = demnatMilestones();
        String page = mvc.perform(post("/communes/demnat/milestones").with(csrf()).with(user("FOCAL_POINT", "demnat"))
                        .param("program", "openness").param("titleAr", "منتدى").param("titleFr", "Forum des jeunes")
                        .param("plannedOn", "2026-02-30").param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Forum des jeunes", "Date non valide");
        assertThat(demnatMilestones()).isEqualTo(before);
    }

    @Test
    void theProgressReportsListTheMilestones() throws Exception {
        byte[] commune = mvc.perform(get("/communes/demnat/report.pdf").param("lang", "fr")
                        .with(user("FOCAL_POINT", "demnat")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] program = mvc.perform(get("/programs/tadafor/report.pdf").param("lang", "fr")
                        .with(user("PROGRAM_ANALYST", null)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(text(commune)).contains("Jalons", "Plan d’action approuvé par le conseil", "2025-02-06", "Atteint");
        assertThat(text(program)).contains("Jalons", "60 communes accompagnées", "2025-12-31", "En retard",
                "Tout le programme", "Demnate");
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replace('\n', ' ');
        }
    }
}
