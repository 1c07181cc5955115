package ma.mocharaka.admin.analytics;

import static ma.mocharaka.admin.ApiCalls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.migration.CommuneSchemaMigrator;
import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneContextFilter;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/**
 * Who sees what: program staff compare every commune; a commune admin sees only their own commune's profile and
 * figures; citizens and anonymous visitors only the open data. Pages through the real filter chain, the API with
 * real Keycloak tokens. Also what the exports and the open data carry.
 */
@AdminTest
class AnalyticsAccessTest {

    @Autowired WebApplicationContext context;
    @Autowired FilterRegistrationBean<CommuneContextFilter> communeFilter;
    @Autowired JdbcClient jdbc;
    @Autowired CommuneRegistry registry;
    @Autowired CommuneSchemaMigrator migrator;
    @Autowired RollUp rollUp;
    @Autowired MessageSource messages;

    private MockMvc mvc;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(communeFilter.getFilter()).apply(springSecurity()).build();
        AnalyticsFixture.ensure(jdbc, registry, migrator);
        rollUp.rollUp(registry.findBySlug(AnalyticsFixture.A).orElseThrow());
        rollUp.rollUp(registry.findBySlug(AnalyticsFixture.B).orElseThrow());
        rollUp.rollUpProgramOffice();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String role, String commune) {
        if (role == null) {
            return request;
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(PlatformRole.valueOf(role).authority()));
        if (commune != null) {
            authorities.add(new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
        }
        return request.with(oidcLogin().authorities(authorities));
    }

    @ParameterizedTest(name = "{0} as {1} of {2} -> {3}")
    @CsvSource({
            "/analytics, PROGRAM_ANALYST, , 200",
            "/analytics, PROGRAM_ADMIN, , 200",
            "/analytics, COMMUNE_ADMIN, beni-mellal, 403",
            "/analytics, FOCAL_POINT, beni-mellal, 403",
            "/analytics, CITIZEN, beni-mellal, 403",
            "/analytics/export.csv, COMMUNE_ADMIN, beni-mellal, 403",
            "/analytics/export.xlsx, CITIZEN, demnat, 403",
            "/analytics/charts, PROGRAM_ANALYST, , 200",
            "/analytics/charts, COMMUNE_ADMIN, demnat, 403",
            "/analytics/compare?c=beni-mellal&c=demnat, PROGRAM_ANALYST, , 200",
            "/analytics/compare?c=beni-mellal&c=demnat, COMMUNE_ADMIN, beni-mellal, 403",
            "/analytics/compare/export.csv?c=beni-mellal&c=demnat, COMMUNE_ADMIN, beni-mellal, 403",
            "/communes/beni-mellal/analytics, COMMUNE_ADMIN, beni-mellal, 200",
            "/communes/demnat/analytics, COMMUNE_ADMIN, beni-mellal, 403",
            "/communes/beni-mellal/analytics, COMMUNE_STAFF, beni-mellal, 403",
            "/communes/beni-mellal/analytics, CITIZEN, beni-mellal, 403",
            "/communes/beni-mellal/analytics, FOCAL_POINT, beni-mellal, 403",
            "/communes/analytics-a/analytics, PROGRAM_ANALYST, , 200",
            "/open-data, CITIZEN, beni-mellal, 200",
            "/open-data/indicators.csv, CITIZEN, beni-mellal, 200",
    })
    void pagesFollowRolesAndCommunes(String path, String role, String commune, int expected) throws Exception {
        mvc.perform(as(get(path), role, commune)).andExpect(status().is(expected));
    }

    @Test
    void anonymousVisitorsGetTheOpenDataAndNothingElse() throws Exception {
        mvc.perform(get("/open-data")).andExpect(status().isOk());
        mvc.perform(get("/open-data/definitions.csv")).andExpect(status().isOk());
        mvc.perform(get("/analytics")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/communes/beni-mellal/analytics")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/analytics/export.csv")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCommuneAdminLandsOnTheirOwnProfile() throws Exception {
        mvc.perform(as(get("/"), "COMMUNE_ADMIN", "demnat"))
                .andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/communes/demnat/analytics"));
    }

    @Test
    void theApiWithRealTokens() throws Exception {
        assertThat(call("GET", "/api/analytics/communes?period=2024&program=analytics-test", "program.analyst", null).body())
                .contains("\"commune\":\"analytics-a\"", "\"forums.women\":75.0", "\"trainings.women\":40")
                .contains("\"budget.proposals\":null");
        assertThat(call("GET", "/api/analytics/indicators", "program.admin", null).body())
                .contains("\"code\":\"petitions.median_days\"", "\"formula\":\"MEDIAN\"", "ⵜⵉⵎⵖⴰⵔⵉⵏ");
        assertThat(call("GET", "/api/analytics/communes?period=2024-13", "program.analyst", null).statusCode()).isEqualTo(400);
        assertThat(call("GET", "/api/analytics/communes", "bm.admin", null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/analytics/indicators", "bm.citizen", null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/analytics/communes", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> own = call("GET", "/api/communes/beni-mellal/indicators?period=2024", "bm.admin", null);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"commune\":\"beni-mellal\"").doesNotContain("demnat");
        assertThat(call("GET", "/api/communes/demnat/indicators", "bm.admin", null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/communes/demnat/indicators", "demnat.citizen", null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/communes/demnat/indicators", "program.analyst", null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/v3/api-docs/api", null, null).body()).contains("/api/analytics/communes",
                "/api/communes/{slug}/indicators");
    }

    @Test
    void exportsCarryTheFilteredViewWithNoDataAsEmptyCells() throws Exception {
        MvcResult csv = mvc.perform(as(get("/analytics/export.csv?period=2024&program=analytics-test&cohort=PILOT&lang=fr"),
                "PROGRAM_ANALYST", null)).andExpect(status().isOk()).andReturn();
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("Part des femmes (forums) (%)", "Cible : Part des femmes (forums) (%)");
        assertThat(lines.get(1)).startsWith("Commune A,Région test,Province A,20000,analytics-test,50.0,1,2,21,43.8,40,37.5,30,6.3,5,2,5,75.0,40,");
        assertThat(lines.get(1)).contains(",75.0,40,", ",,,"); // the budget columns: empty, not 0

        MvcResult xlsx = mvc.perform(as(get("/analytics/export.xlsx?period=2024&program=analytics-test&theme=forums&sort=forums.attendees&dir=desc&lang=ar"),
                "PROGRAM_ADMIN", null)).andExpect(status().isOk()).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("الجماعة أ");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(2.0);   // forums held in A
        }
    }

    @Test
    void openDataStatesItsLicenceAndDefinitionsAndCarriesOnlyAggregates() throws Exception {
        String page = mvc.perform(get("/open-data?period=2024&theme=forums&lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Open Database License (ODbL) 1.0", "rel=\"license\"", "Share of women (forums)",
                "Women among the attendees who answered with their consent.");
        MvcResult csv = mvc.perform(get("/open-data/indicators.csv?period=2024&indicator=forums.attendees&indicator=petitions.median_days"))
                .andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getHeader("Link")).contains("opendatacommons.org/licenses/odbl");
        String body = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body.lines().findFirst().orElseThrow())
                .endsWith("commune,name_ar,name_fr,region,province,population,period,forums.attendees,petitions.median_days");
        assertThat(body).contains("analytics-a,الجماعة أ,Commune A,Région test,Province A,20000,2024,5,99.0");
    }

    @Test
    void theSideBySideComparisonTakesTwoToFiveCommunes() throws Exception {
        String one = mvc.perform(as(get("/analytics/compare?c=analytics-a&lang=en"), "PROGRAM_ANALYST", null))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(one).contains("Choose between 2 and 5 known communes.");
        String six = mvc.perform(as(get("/analytics/compare?c=a1&c=analytics-a&c=analytics-b&c=demnat&c=azilal&c=beni-mellal&lang=en"),
                "PROGRAM_ANALYST", null)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(six).contains("Choose between 2 and 5 known communes.");
        String two = mvc.perform(as(get("/analytics/compare?c=analytics-b&c=analytics-a&period=2024&lang=en"), "PROGRAM_ANALYST", null))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(two).contains("id=\"side-by-side\"").doesNotContain("Choose between 2 and 5");
        assertThat(two.indexOf("data-commune=\"analytics-b\"")).isLessThan(two.indexOf("data-commune=\"analytics-a\""));
    }

    @Test
    void aHundredKilobyteFilterIsSetAsideAndSaidSoInEachLanguage() throws Exception {
        String huge = "Région test ".repeat(8_500);
        for (String lang : List.of("ar", "fr", "zgh", "en")) {
            String notice = HtmlUtils.htmlEscape(messages.getMessage("analytics.filter.tooLong",
                    new Object[] {AnalyticsQuery.MAX_VALUE_LENGTH}, Locale.forLanguageTag(lang)), "UTF-8");
            // Commune A in the table, and among the communes the charts offer.
            for (var page : Map.of("/analytics", "data-commune=\"analytics-a\"",
                    "/analytics/charts", "value=\"analytics-a\"").entrySet()) {
                String path = page.getKey();
                String html = mvc.perform(as(get(path).param("period", "2024").param("program", "analytics-test")
                                .param("region", huge).param("sort", huge).param("lang", lang), "PROGRAM_ANALYST", null))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                // The other filters still apply; the long one is neither read nor echoed into the page's links.
                assertThat(html).as(path + " in " + lang).contains(notice, page.getValue())
                        .doesNotContain("Région test Région test", "R%C3%A9gion%20test%20R%C3%A9gion");
            }
        }
        String csv = mvc.perform(as(get("/analytics/export.csv").param("period", "2024").param("program", "analytics-test")
                        .param("province", huge), "PROGRAM_ANALYST", null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // Both communes of the program: the over-long province restricted nothing.
        assertThat(csv).contains("Province A", "Province B").doesNotContain("Région test Région test");
    }

    @Test
    void theSideBySideComparisonRefusesAHundredKilobyteOrTenThousandCommunesWithoutLookingThemUp() throws Exception {
        String refusal = messages.getMessage("analytics.compare.error", new Object[] {2, 5}, Locale.FRENCH);
        String longOne = mvc.perform(as(get("/analytics/compare").param("c", "analytics-a", "x".repeat(100_000))
                        .param("lang", "fr"), "PROGRAM_ANALYST", null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(longOne).contains(HtmlUtils.htmlEscape(refusal, "UTF-8")).doesNotContain("xxxxxxxxxx")
                .doesNotContain("id=\"side-by-side\"");
        String[] many = java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "commune-" + i).toArray(String[]::new);
        String tenThousand = mvc.perform(as(get("/analytics/compare").param("c", many).param("lang", "fr"),
                        "PROGRAM_ANALYST", null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tenThousand).contains(HtmlUtils.htmlEscape(refusal, "UTF-8")).doesNotContain("id=\"side-by-side\"");
    }

    @Test
    void theApiRefusesAHundredKilobyteFilterOrMoreIndicatorsThanThereAreInTheCallersLanguage() throws Exception {
        String refusal = messages.getMessage("analytics.filter.tooLong", new Object[] {AnalyticsQuery.MAX_VALUE_LENGTH},
                Locale.FRENCH);
        RequestPostProcessor analyst = jwt().authorities(new SimpleGrantedAuthority(PlatformRole.PROGRAM_ANALYST.authority()));
        MvcResult longRegion = mvc.perform(get("/api/analytics/communes").param("region", "r".repeat(100_000))
                        .locale(Locale.FRENCH).with(analyst))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(longRegion.getResponse().getErrorMessage()).isEqualTo(refusal);
        String[] codes = java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "forums.attendees").toArray(String[]::new);
        mvc.perform(get("/api/analytics/communes").param("indicator", codes).locale(Locale.FRENCH).with(analyst))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/analytics/communes").param("period", "2024").param("indicator", "forums.attendees")
                        .with(analyst))
                .andExpect(status().isOk());
    }

    @Test
    void aMalformedPeriodIsSaidAndTheDefaultShown() throws Exception {
        String page = mvc.perform(as(get("/analytics?period=2024-Q5&lang=en"), "PROGRAM_ANALYST", null))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("This period was not understood");
    }
}
