package ma.mocharaka.portal.information;

import static ma.mocharaka.portal.information.InformationFixtures.form;
import static ma.mocharaka.portal.information.InformationFixtures.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;

/**
 * The register a page at a time, on PostgreSQL: more than one page of requests in one commune, filters and pages
 * together, hostile page numbers, and pages that only ever hold the commune's own requests. Every request here is
 * filed in {@link #YEAR}, a year no other test files in, so the year filter gives this class a register of its own.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InformationPagingTest {

    private static final int YEAR = 2018;
    private static final String STAFF = "bm.staff";
    /** 61 in Beni Mellal: a full page, a second with 11; 5 of them answered, the others refused by silence. */
    private static final int FILED = 61;
    private static final int ANSWERED = 5;

    @Autowired InformationRequests requests;
    @Autowired CommuneRegistry registry;
    @Autowired MockMvc mvc;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired JdbcClient jdbc;

    private final List<RequestView> beniMellal = new ArrayList<>();
    private final List<RequestView> demnat = new ArrayList<>();
    private String marker;

    @BeforeAll
    void twoPagesInBeniMellalAndAFewInDemnate() {
        marker = uniqueSubject("Pagination");
        in("beni-mellal", () -> {
            for (int i = 0; i < FILED; i++) {
                // Two requests a day: the order within a day is the id's, and must hold across the page break.
                LocalDate on = LocalDate.of(YEAR, 1, 2).plusDays(i / 2);
                RequestView filed = requests.file(form(marker + " BM " + i), Channel.COUNTER, null, STAFF, on);
                if (i < ANSWERED) {
                    filed = requests.decide(filed.id(), RequestStatus.ANSWERED, "Voici.", null, List.of(), STAFF, on.plusDays(3));
                }
                beniMellal.add(filed);
            }
            return null;
        });
        in("demnat", () -> {
            for (int i = 0; i < 3; i++) {
                demnat.add(requests.file(form(marker + " Demnate " + i), Channel.COUNTER, null, "demnat.staff",
                        LocalDate.of(YEAR, 12, 1)));
            }
            return null;
        });
    }

    @Test
    void theRegisterIsReadAPageAtATimeNewestFirstWithoutGapsOrRepeats() {
        RegisterFilter year = RegisterFilter.of(null, "" + YEAR, null);
        RegisterPage first = in("beni-mellal", () -> requests.registerPage(year, 1, RegisterPage.PAGE_SIZE,
                InformationRequests.PastTheEnd.LAST_PAGE));
        RegisterPage second = in("beni-mellal", () -> requests.registerPage(year, 2, RegisterPage.PAGE_SIZE,
                InformationRequests.PastTheEnd.LAST_PAGE));
        assertThat(first.requests()).hasSize(50);
        assertThat(second.requests()).hasSize(FILED - 50);
        assertThat(first.totalRequests()).isEqualTo(FILED);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();

        List<RequestView> both = new ArrayList<>(first.requests());
        both.addAll(second.requests());
        assertThat(both).extracting(RequestView::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(beniMellal.stream().map(RequestView::id).toList());
        assertThat(both).isSortedAccordingTo(Comparator.comparing(RequestView::filedOn).reversed()
                .thenComparing(Comparator.comparingLong(RequestView::id).reversed()));
        // A request on a page is the request its own page shows, history and clocks included.
        RequestView oldest = both.getLast();
        assertThat(oldest).isEqualTo(in("beni-mellal", () -> requests.find(oldest.id())));
        assertThat(oldest.history()).extracting(RequestView.Step::status)
                .containsExactly(RequestStatus.RECEIVED, RequestStatus.ANSWERED);
        assertThat(both.getFirst().implicitRefusal()).isTrue();
    }

    @Test
    void aPageReadsItsHistoriesAndDocumentsInOneQueryEach() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean counting = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            in("beni-mellal", () -> {
                long before = statistics.getPrepareStatementCount();
                RegisterPage page = requests.registerPage(RegisterFilter.of(null, "" + YEAR, null), 1,
                        RegisterPage.PAGE_SIZE, InformationRequests.PastTheEnd.LAST_PAGE);
                long statements = statistics.getPrepareStatementCount() - before;
                assertThat(page.requests()).hasSize(50);
                assertThat(page.requests()).filteredOn(r -> r.status() == RequestStatus.ANSWERED)
                        .allMatch(r -> r.history().size() == 2);
                // The count, the page, its histories, its documents (and perhaps the calendar): not two more per row.
                assertThat(statements).as("statements for a page of %d requests", page.requests().size()).isBetween(2L, 5L);
                return null;
            });
        } finally {
            statistics.setStatisticsEnabled(counting);
        }
        // The page's order is the index's (changeset information-2), so a page needs no sort of the whole register.
        assertThat(jdbc.sql("""
                        SELECT indexdef FROM pg_indexes
                         WHERE schemaname = 'commune_beni_mellal' AND indexname = 'info_request_register_idx'""")
                .query(String.class).single()).contains("(filed_on DESC, id DESC)");
    }

    @Test
    void filtersAndPagesWorkTogether() {
        RegisterPage answered = page(RegisterFilter.of("ANSWERED", "" + YEAR, null), 1);
        assertThat(answered.totalRequests()).isEqualTo(ANSWERED);
        assertThat(answered.totalPages()).isEqualTo(1);
        assertThat(answered.requests()).allMatch(r -> r.status() == RequestStatus.ANSWERED && r.filedOn().getYear() == YEAR);

        RegisterFilter silent = RegisterFilter.of("IMPLICIT_REFUSAL", "" + YEAR, "COUNTER");
        RegisterPage silentFirst = page(silent, 1);
        RegisterPage silentSecond = page(silent, 2);
        assertThat(silentFirst.totalRequests()).isEqualTo(FILED - ANSWERED);
        assertThat(silentFirst.requests()).hasSize(50);
        assertThat(silentSecond.requests()).hasSize(FILED - ANSWERED - 50)
                .allMatch(r -> r.shownStatus().equals("IMPLICIT_REFUSAL"));
        assertThat(page(RegisterFilter.of("OPEN", "" + YEAR, null), 1).totalRequests()).isEqualTo(FILED - ANSWERED);
        // Open and still in time: none, these deadlines are years behind.
        assertThat(page(RegisterFilter.of("RECEIVED", "" + YEAR, null), 1).totalRequests()).isZero();
        assertThat(page(RegisterFilter.of(null, "" + YEAR, "ONLINE"), 1).totalRequests()).isZero();
        assertThat(page(RegisterFilter.of(null, "" + (YEAR - 1), null), 1).requests()).noneMatch(r -> r.subject().startsWith(marker));
        // The same filters give the export every request, not a page.
        assertThat(in("beni-mellal", () -> requests.register(silent))).hasSize(FILED - ANSWERED);
    }

    @Test
    void aPageAfterTheLastShowsTheLastOnThePagesAndNothingInTheApi() {
        RegisterFilter year = RegisterFilter.of(null, "" + YEAR, null);
        RegisterPage clamped = in("beni-mellal", () -> requests.registerPage(year, Integer.MAX_VALUE, 50,
                InformationRequests.PastTheEnd.LAST_PAGE));
        assertThat(clamped.number()).isEqualTo(2);
        assertThat(clamped.requests()).hasSize(FILED - 50);
        RegisterPage empty = in("beni-mellal", () -> requests.registerPage(year, Integer.MAX_VALUE, 100,
                InformationRequests.PastTheEnd.NOTHING));
        assertThat(empty.requests()).isEmpty();
        assertThat(empty.totalRequests()).isEqualTo(FILED);
        assertThat(empty.totalPages()).isEqualTo(1);
        RegisterPage none = in("beni-mellal", () -> requests.registerPage(RegisterFilter.of(null, "1901", null), 7, 50,
                InformationRequests.PastTheEnd.LAST_PAGE));
        assertThat(none.number()).isEqualTo(1);
        assertThat(none.requests()).isEmpty();
        assertThat(none.totalPages()).isEqualTo(1);
    }

    @Test
    void pageNumbersTypedInAnAddressNeverFail() {
        assertThat(RegisterPage.requested(null)).isEqualTo(1);
        assertThat(RegisterPage.requested("")).isEqualTo(1);
        assertThat(RegisterPage.requested("0")).isEqualTo(1);
        assertThat(RegisterPage.requested("-3")).isEqualTo(1);
        assertThat(RegisterPage.requested("abc")).isEqualTo(1);
        assertThat(RegisterPage.requested("1e9")).isEqualTo(1);
        assertThat(RegisterPage.requested(" 2")).isEqualTo(1);
        assertThat(RegisterPage.requested("٢")).isEqualTo(1);
        assertThat(RegisterPage.requested("2")).isEqualTo(2);
        assertThat(RegisterPage.requested("0002")).isEqualTo(2);
        assertThat(RegisterPage.requested("99999999999999999999")).isEqualTo(Integer.MAX_VALUE);
        assertThat(RegisterPage.requested("2147483648")).isEqualTo(Integer.MAX_VALUE);
        assertThat(new RegisterPage(List.of(), 5, 50, 500).nearbyNumbers()).containsExactly(1, 0, 4, 5, 6, 0, 10);
        assertThat(new RegisterPage(List.of(), 1, 50, 120).nearbyNumbers()).containsExactly(1, 2, 3);
        assertThat(new RegisterPage(List.of(), 1, 50, 0).nearbyNumbers()).containsExactly(1);
    }

    @Test
    void thePublicRegisterHasPagesThatKeepTheFilters() throws Exception {
        String path = "/c/beni-mellal/information/register";
        String first = html(get(path + "?year=" + YEAR + "&lang=fr"));
        assertThat(pager(first)).contains("aria-label=\"Pages du registre des demandes\"")
                .contains("Page 1 sur 2, demandes : 61").doesNotContain("<button");
        assertThat(current(first)).isEqualTo("1");
        assertThat(link(first, "prev")).isNull();
        assertThat(link(first, "next")).isEqualTo(path + "?year=" + YEAR + "&page=2");
        assertThat(rows(first)).isEqualTo(50);
        assertThat(first).doesNotContain("Fatima Zahra");

        String second = html(get(link(first, "next") + "&lang=fr"));
        assertThat(rows(second)).isEqualTo(FILED - 50);
        assertThat(current(second)).isEqualTo("2");
        assertThat(link(second, "prev")).isEqualTo(path + "?year=" + YEAR + "&page=1");
        assertThat(link(second, "next")).isNull();
        assertThat(second).contains(marker + " BM 0<").doesNotContain(marker + " BM 60<");

        // Filters and pages together; a filter that was not understood is not carried in the links.
        String silent = html(get(path + "?status=IMPLICIT_REFUSAL&year=" + YEAR + "&page=2&lang=fr&channel=ONLINE"));
        assertThat(rows(silent)).isEqualTo(FILED - ANSWERED - 50);
        assertThat(link(silent, "prev")).isEqualTo(path + "?status=IMPLICIT_REFUSAL&year=" + YEAR + "&page=1");
        String odd = html(get(path).param("status", "<script>").param("year", YEAR + "x").param("lang", "fr"));
        assertThat(link(odd, "next")).isEqualTo(path + "?page=2");

        // Arabic, right to left, with the pager's words in Arabic; and in Tifinagh and English.
        String arabic = html(get(path + "?year=" + YEAR + "&page=2&lang=ar"));
        assertThat(arabic).contains("dir=\"rtl\"");
        assertThat(pager(arabic)).contains("aria-label=\"صفحات سجل الطلبات\"").contains(">الصفحة السابقة</a>");
        assertThat(pager(html(get(path + "?year=" + YEAR + "&lang=zgh")))).contains(">ⵜⴰⵙⵏⴰ ⵜⴰⴹⴼⴼⵓⵔⵜ</a>");
        assertThat(pager(html(get(path + "?year=" + YEAR + "&lang=en")))).contains("Page 1 of 2, requests: 61");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "abc", "1e3", "99999999999999999999", "2147483647", "3", "<script>", "1'--", "", "٢"})
    void hostilePageNumbersShowAPageOfTheRegisterAndNeverAnError(String page) throws Exception {
        for (String path : List.of("/c/beni-mellal/information/register", "/c/beni-mellal/admin/information")) {
            String shown = html(get(path).param("year", "" + YEAR).param("lang", "fr").param("page", page)
                    .with(staffOf("beni-mellal")));
            // Not a page number: the first; past the end: the last.
            assertThat(current(shown)).as(path + "?page=" + page).isEqualTo(page.matches("^[1-9][0-9]*$") ? "2" : "1");
            assertThat(rows(shown)).isEqualTo(current(shown).equals("1") ? 50 : FILED - 50);
            assertThat(shown).doesNotContain("<script>");
        }
    }

    @Test
    void theStaffRegisterHasPagesWithTheChannelFilterAndTheExportStaysWhole() throws Exception {
        String path = "/c/beni-mellal/admin/information";
        String second = html(get(path + "?year=" + YEAR + "&channel=COUNTER&page=2&lang=fr").with(staffOf("beni-mellal")));
        assertThat(rows(second)).isEqualTo(FILED - 50);
        assertThat(pager(second)).contains("Page 2 sur 2, demandes : 61");
        assertThat(link(second, "prev")).isEqualTo(path + "?year=" + YEAR + "&channel=COUNTER&page=1");
        // The export is the whole register with the filters, whatever page the staff member was on.
        String csv = mvc.perform(get(path + "/export.csv?year=" + YEAR + "&page=2").with(staffOf("beni-mellal")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> line.contains(marker))).hasSize(FILED);
    }

    @Test
    void noPageOfOneCommuneEverShowsAnothersRequests() throws Exception {
        var beniMellalCodes = new HashSet<String>();
        for (int page = 1; page <= 2; page++) {
            for (String path : List.of("/c/beni-mellal/information/register", "/c/beni-mellal/admin/information")) {
                String shown = html(get(path + "?year=" + YEAR + "&page=" + page).with(staffOf("beni-mellal")));
                assertThat(shown).doesNotContain(marker + " Demnate");
                Matcher code = Pattern.compile("<bdi dir=\"ltr\">([^<]+)</bdi>").matcher(shown);
                while (code.find()) {
                    beniMellalCodes.add(code.group(1));
                }
            }
        }
        assertThat(beniMellalCodes).containsExactlyInAnyOrderElementsOf(beniMellal.stream().map(RequestView::trackingCode).toList());
        for (String page : List.of("1", "2", "99")) {
            for (String path : List.of("/c/demnat/information/register", "/c/demnat/admin/information")) {
                String shown = html(get(path + "?year=" + YEAR + "&page=" + page + "&lang=fr").with(staffOf("demnat")));
                assertThat(rows(shown)).isEqualTo(3);
                assertThat(shown).doesNotContain(marker + " BM").contains("Page 1 sur 1, demandes : 3");
            }
        }
        RegisterPage demnatPage = in("demnat", () -> requests.registerPage(RegisterFilter.of(null, "" + YEAR, null), 1, 100,
                InformationRequests.PastTheEnd.NOTHING));
        assertThat(demnatPage.requests()).extracting(RequestView::id)
                .containsExactlyInAnyOrderElementsOf(demnat.stream().map(RequestView::id).toList());
    }

    private RegisterPage page(RegisterFilter filter, int number) {
        return in("beni-mellal", () -> requests.registerPage(filter, number, RegisterPage.PAGE_SIZE,
                InformationRequests.PastTheEnd.LAST_PAGE));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String pager(String html) {
        int start = html.indexOf("<nav class=\"pager\"");
        assertThat(start).as("a pager").isNotNegative();
        return html.substring(start, html.indexOf("</nav>", start));
    }

    /** The address a pager's previous or next link leads to, or null without one. */
    private static String link(String html, String rel) {
        Matcher link = Pattern.compile("<a rel=\"" + rel + "\" href=\"([^\"]*)\"").matcher(pager(html));
        return link.find() ? link.group(1).replace("&amp;", "&") : null;
    }

    private static String current(String html) {
        Matcher current = Pattern.compile("<a [^>]*aria-current=\"page\"[^>]*>([^<]*)</a>").matcher(pager(html));
        assertThat(current.find()).as("a current page").isTrue();
        String number = current.group(1);
        assertThat(current.find()).as("one current page").isFalse();
        return number;
    }

    private static int rows(String html) {
        int body = html.indexOf("<tbody>");
        return body < 0 ? 0 : html.substring(body, html.indexOf("</tbody>", body)).split("<tr>", -1).length - 1;
    }

    private static RequestPostProcessor staffOf(String commune) {
        OidcIdToken idToken = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", commune + "-staff", "preferred_username", commune + ".someone"));
        return oidcLogin().oidcUser(new DefaultOidcUser(List.of(
                new SimpleGrantedAuthority(PlatformRole.COMMUNE_STAFF.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune)), idToken, "preferred_username"));
    }

    private <T> T in(String slug, Callable<T> action) {
        return CurrentCommune.callAs(registry.findBySlug(slug).orElseThrow(), action);
    }
}
