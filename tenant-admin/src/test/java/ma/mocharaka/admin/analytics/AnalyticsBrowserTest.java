package ma.mocharaka.admin.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.migration.CommuneSchemaMigrator;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/**
 * An analyst in a real Chromium, signed in through Keycloak: filters, sorts, charts and exports the comparison, opens
 * a profile and the side-by-side view; axe-core finds nothing on any page, in Arabic (right to left) and French. A
 * commune admin sees their own profile; an anonymous visitor the open data.
 */
@AdminTest
class AnalyticsBrowserTest {

    private static Browser browser;

    @Autowired JdbcClient jdbc;
    @Autowired CommuneRegistry registry;
    @Autowired CommuneSchemaMigrator migrator;
    @Autowired RollUp rollUp;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void signedOutWithFacts() throws Exception {
        browser.forgetEverything();
        AnalyticsFixture.ensure(jdbc, registry, migrator);
        rollUp.sweep();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    @Test
    void anAnalystFiltersSortsChartsAndExports() {
        browser.open(AdminTest.BASE_URL + "/analytics?period=2024&lang=ar");
        browser.signInToKeycloak("program.analyst", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/analytics");
        browser.find("#comparison tbody tr");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.html("lang")).isEqualTo("ar");
        browser.assertAccessible();

        new Select(browser.find("#program")).selectByValue(AnalyticsFixture.PROGRAM);
        browser.clickAndWaitForNextPage("#apply-filters");
        browser.waitForUrlContaining("program=" + AnalyticsFixture.PROGRAM);
        browser.find("#comparison tbody tr");
        assertThat(browser.findAll("#comparison tbody tr")).extracting(row -> row.getAttribute("data-commune"))
                .containsExactlyInAnyOrder(AnalyticsFixture.A, AnalyticsFixture.B);
        // The inclusion share beside its program target, "met" or "below" it.
        // The table scrolls sideways: read cells present in the page, whether or not they are on screen.
        String womenInA = browser.findAll("#comparison tr[data-commune=analytics-a] td[data-indicator='trainings.women']")
                .getFirst().getAttribute("textContent");
        assertThat(womenInA).contains("43.8 %", "40 %", "محقق");
        assertThat(browser.findAll("#comparison tr[data-commune=analytics-b] td[data-indicator='forums.women']")
                .getFirst().getAttribute("textContent")).contains("لا توجد بيانات");
        browser.assertAccessible();

        browser.clickAndWaitForNextPage("#comparison a[data-sort='trainings.women']");
        browser.waitForUrlContaining("sort=trainings.women");
        browser.find("#comparison tbody tr");
        assertThat(browser.findAll("#comparison tbody tr")).extracting(row -> row.getAttribute("data-commune"))
                .containsExactly(AnalyticsFixture.B, AnalyticsFixture.A);
        browser.clickAndWaitForNextPage("#comparison a[data-sort='trainings.women']");
        browser.waitForUrlContaining("dir=desc");
        browser.find("#comparison tbody tr");
        assertThat(browser.findAll("#comparison tbody tr")).extracting(row -> row.getAttribute("data-commune"))
                .containsExactly(AnalyticsFixture.A, AnalyticsFixture.B);

        String csvLink = browser.find("#export-csv").getAttribute("href");
        String csv = new String(download(csvLink), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("الجماعة أ", "الجماعة ب");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(
                browser.find("#export-xlsx").getAttribute("href"))))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("الجماعة أ");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }

        browser.clickAndWaitForNextPage("#to-charts");
        browser.waitForUrlContaining("/analytics/charts");
        browser.find("#bars-chart");
        new Select(browser.find("#indicator")).selectByValue("forums.attendees");
        browser.clickAndWaitForNextPage("#draw");
        browser.waitForUrlContaining("indicator=forums.attendees");
        browser.find("#bars-chart");
        assertThat(js().executeScript("return Chart.getChart('bars-chart').data.datasets[0].data.map(String)"))
                .asString().contains("5", "2");
        assertThat(js().executeScript("return Chart.getChart('gaps-chart').data.labels.length")).isEqualTo(2L);
        assertThat(js().executeScript("return Chart.getChart('series-chart').data.labels.length")).isEqualTo(12L);
        browser.assertAccessible();
        browser.screenshot("analytics-charts-ar");

        browser.open(AdminTest.BASE_URL + "/communes/analytics-a/analytics?period=2024&lang=fr");
        browser.find("#profile");
        assertThat(browser.html("dir")).isEqualTo("ltr");
        assertThat(browser.findAll("#profile tr[data-indicator='petitions.median_days'] td.current").getFirst()
                .getAttribute("textContent")).contains("99");
        browser.assertAccessible();

        browser.open(AdminTest.BASE_URL + "/analytics/compare?lang=fr");
        browser.find("#c-analytics-a").click();
        browser.find("#c-analytics-b").click();
        browser.find("#period").clear();
        browser.find("#period").sendKeys("2024");
        browser.clickAndWaitForNextPage("#compare");
        browser.find("#side-by-side");
        assertThat(browser.findAll("#side-by-side thead th[data-commune]")).hasSize(2);
        browser.assertAccessible();
    }

    @Test
    void aCommuneAdminSeesTheirOwnProfileAndAVisitorTheOpenData() {
        browser.open(AdminTest.BASE_URL + "/?lang=zgh");
        browser.signInToKeycloak("bm.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/communes/beni-mellal/analytics");
        browser.find("#profile");
        browser.assertAccessible();
        browser.open(AdminTest.BASE_URL + "/communes/demnat/analytics");
        assertThat(browser.findAll("#profile")).isEmpty();

        browser.forgetEverything();
        browser.open(AdminTest.BASE_URL + "/open-data?period=2024&theme=petitions&lang=ar");
        browser.find("#open-data");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.find("#licence").getText()).contains("ODbL");
        assertThat(browser.findAll("#open-data tr[data-commune=analytics-a]").getFirst().getAttribute("textContent"))
                .contains("99");
        browser.assertAccessible();
    }

    private byte[] download(String url) {
        Object base64 = js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
                  let binary = '';
                  new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
                  done(btoa(binary));
                });""", url);
        return Base64.getDecoder().decode((String) base64);
    }
}
