package ma.mocharaka.admin.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/**
 * Milestones in a real Chromium signed in through Keycloak: Demnate's focal point keeps the commune's milestones
 * in Arabic (right to left), the office reads the program's timeline in French; axe finds nothing on any page.
 */
@AdminTest
class MilestoneBrowserTest {

    private static Browser browser;

    @Autowired JdbcClient jdbc;
    @Autowired Milestones milestones;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void signedOut() {
        browser.forgetEverything();
    }

    private static Object chartPoints(String dataset) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver ->
                ((JavascriptExecutor) driver).executeScript("const c = window.Chart && Chart.getChart('milestone-timeline');"
                        + " return c ? c.data.datasets[" + dataset + "].data.length : null"));
    }

    private static void type(String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take keys in the browser's own order; setting the value is what a date picker does. */
    private static void date(String css, LocalDate date) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector(arguments[0]).value = arguments[1]",
                css, date == null ? "" : date.toString());
    }

    @Test
    void demnatsFocalPointKeepsTheCommunesMilestonesInArabic() {
        browser.open(AdminTest.BASE_URL + "/communes/demnat?lang=ar");
        browser.signInToKeycloak("demnat.focal", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/communes/demnat");

        browser.find("#milestone-table tbody tr");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.findAll("#milestone-table tbody tr")).hasSize(4);
        assertThat(browser.find("#milestone-table").getText()).contains("مصادقة المجلس على خطة العمل", "2025-02-06",
                "منجزة");
        assertThat(chartPoints("0")).as("the four reached milestones are drawn").isEqualTo(4L);
        browser.assertAccessible();
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('milestones-title').scrollIntoView()");
        browser.screenshot("milestones-demnat-ar");

        browser.clickAndWaitForNextPage("#add-milestone");
        browser.find("#milestone-form");
        browser.assertAccessible();
        type("#titleAr", "المنتدى المواطن الأول");
        type("#titleFr", "Premier forum citoyen de Demnate");
        browser.clickAndWaitForNextPage("#save-milestone");
        assertThat(browser.find("#plannedOn-error").getText()).contains("أدخلوا التاريخ المبرمج");
        assertThat(browser.find("#titleFr").getAttribute("value")).as("what was typed is kept")
                .isEqualTo("Premier forum citoyen de Demnate");
        browser.assertAccessible();

        LocalDate planned = milestones.today().plusDays(20);
        date("#plannedOn", planned);
        browser.clickAndWaitForNextPage("#save-milestone");
        browser.waitForUrlContaining("/communes/demnat");
        browser.find("#milestone-table tbody tr");
        assertThat(browser.findAll("#milestone-table tbody tr")).hasSize(5);
        assertThat(browser.find("main").getText()).contains("المنتدى المواطن الأول", "مقبلة", planned.toString());

        long id = jdbc.sql("SELECT id FROM platform.milestone WHERE title_fr = 'Premier forum citoyen de Demnate'")
                .query(Long.class).single();
        browser.clickAndWaitForNextPage("tr[data-milestone='" + id + "'] a");
        browser.find("#delete-milestone");
        date("#actualOn", milestones.today());
        browser.clickAndWaitForNextPage("#save-milestone");
        browser.find("#milestone-table tbody tr");
        assertThat(browser.find("tr[data-milestone='" + id + "']").getText()).contains("منجزة", milestones.today().toString());
        browser.assertAccessible();

        browser.clickAndWaitForNextPage("tr[data-milestone='" + id + "'] a");
        browser.clickAndWaitForNextPage("#delete-milestone");
        browser.find("#milestone-table tbody tr");
        assertThat(browser.findAll("#milestone-table tbody tr")).hasSize(4);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.milestone WHERE id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void theOfficeReadsTheProgramsTimelineAndWhatIsOverdueInFrench() {
        browser.open(AdminTest.BASE_URL + "/programs/tadafor?lang=fr");
        browser.signInToKeycloak("program.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/programs/tadafor");

        browser.find("#milestone-table tbody tr");
        assertThat(browser.html("dir")).isEqualTo("ltr");
        String table = browser.find("#milestone-table").getText();
        assertThat(table).contains("Lancement régional officiel du programme", "2022-05-19", "Tout le programme",
                "Demnate", "Plan d’action approuvé par le conseil", "Béni Mellal");
        assertThat(browser.find("#overdue-milestones").getText()).as("the program's end passed without 60 communes")
                .contains("2025-12-31", "60 communes accompagnées");
        assertThat(chartPoints("1")).as("planned points drawn").isNotEqualTo(0L);
        browser.assertAccessible();
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('milestones-title').scrollIntoView()");
        browser.screenshot("milestones-tadafor-fr");

        browser.clickAndWaitForNextPage("#add-milestone");
        type("#titleAr", "تقييم نهائي للبرنامج");
        type("#titleFr", "Évaluation finale du programme");
        date("#plannedOn", milestones.today().plusDays(45));
        date("#actualOn", milestones.today().plusDays(2));
        browser.clickAndWaitForNextPage("#save-milestone");
        assertThat(browser.find("#actualOn-error").getText()).contains("futur");
        browser.assertAccessible();
        date("#actualOn", null);
        browser.clickAndWaitForNextPage("#save-milestone");
        browser.waitForUrlContaining("/programs/tadafor");
        browser.find("#upcoming-milestones");
        assertThat(browser.find("#upcoming-milestones").getText()).contains("Évaluation finale du programme");
        browser.assertAccessible();
    }
}
