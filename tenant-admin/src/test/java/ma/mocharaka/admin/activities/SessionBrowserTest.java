package ma.mocharaka.admin.activities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/**
 * Editing sessions in a real Chromium signed in through Keycloak: Demnate's focal point records, edits (agenda
 * items added and removed) and deletes a session of the commune in Arabic; the office edits a recorded forum in
 * French and its agenda survives. axe finds nothing on any page.
 */
@AdminTest
class SessionBrowserTest {

    private static Browser browser;

    @Autowired JdbcClient jdbc;

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

    private static void type(String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Date and time inputs take keys in the browser's own order; setting the value is what a picker does. */
    private static void value(String css, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector(arguments[0]).value = arguments[1]",
                css, value);
    }

    private long agendaItems(long activityId) {
        return jdbc.sql("SELECT count(*) FROM platform.activity_agenda_item WHERE activity_id = ?").param(activityId)
                .query(Long.class).single();
    }

    @Test
    void demnatsFocalPointRecordsEditsAndDeletesASessionInArabic() {
        browser.open(AdminTest.BASE_URL + "/communes/demnat/activities?lang=ar");
        browser.signInToKeycloak("demnat.focal", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/communes/demnat/activities");
        assertThat(browser.html("dir")).isEqualTo("rtl");

        browser.clickAndWaitForNextPage("#record-session");
        browser.find("#activity-form");
        assertThat(browser.findAll("#communes1")).as("a focal point picks no communes").isEmpty();
        browser.assertAccessible();
        type("#titleAr", "تكوين حول العرائض بدمنات");
        type("#titleFr", "Formation sur les pétitions à Demnate");
        value("#startsOn", "2025-04-12");
        value("#endsOn", "2025-04-12");
        value("#agenda0\\.startsAt", "09:00");
        value("#agenda0\\.endsAt", "08:30");
        type("#agenda0\\.title", "استقبال المشاركين");
        browser.clickAndWaitForNextPage("#save-activity");
        assertThat(browser.find("#agenda-fields").getText()).contains("لا يمكن أن تنتهي الفقرة قبل أن تبدأ");
        assertThat(browser.find("#titleFr").getAttribute("value")).isEqualTo("Formation sur les pétitions à Demnate");
        assertThat(browser.find("#agenda0\\.title").getAttribute("value")).isEqualTo("استقبال المشاركين");
        browser.assertAccessible();

        value("#agenda0\\.endsAt", "09:30");
        browser.clickAndWaitForNextPage("#save-activity");
        browser.waitForUrlContaining("/communes/demnat/activities");
        browser.find("#activities tbody tr");
        assertThat(browser.find("main").getText()).contains("تكوين حول العرائض بدمنات");
        long id = jdbc.sql("SELECT id FROM platform.activity WHERE title_fr = 'Formation sur les pétitions à Demnate'")
                .query(Long.class).single();
        assertThat(agendaItems(id)).isEqualTo(1);
        browser.assertAccessible();

        browser.clickAndWaitForNextPage("[data-edit-activity='" + id + "']");
        browser.find("#activity-form");
        value("#agenda1\\.startsAt", "09:30");
        type("#agenda1\\.title", "ورشة صياغة العرائض");
        browser.find("#agenda0\\.remove1").click();
        browser.clickAndWaitForNextPage("#save-activity");
        browser.waitForUrlContaining("/communes/demnat/activities");
        browser.find("#activities tbody tr");
        assertThat(jdbc.sql("SELECT string_agg(title, '|') FROM platform.activity_agenda_item WHERE activity_id = ?")
                .param(id).query(String.class).single()).isEqualTo("ورشة صياغة العرائض");

        browser.clickAndWaitForNextPage("[data-edit-activity='" + id + "']");
        browser.clickAndWaitForNextPage("#delete-activity");
        browser.waitForUrlContaining("/communes/demnat/activities");
        browser.find("main .notice");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.activity WHERE id = ?").param(id).query(Long.class).single())
                .isZero();
        browser.assertAccessible();
    }

    @Test
    void theOfficeEditsARecordedForumInFrenchAndItsAgendaStays() {
        long forum = jdbc.sql("SELECT id FROM platform.activity WHERE starts_on = '2025-02-15' AND kind = 'FORUM'")
                .query(Long.class).single();
        long items = agendaItems(forum);
        browser.open(AdminTest.BASE_URL + "/activities/" + forum + "?lang=fr");
        browser.signInToKeycloak("program.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/activities/" + forum);

        browser.clickAndWaitForNextPage("#edit-activity");
        browser.find("#activity-form");
        assertThat(browser.html("lang")).isEqualTo("fr");
        assertThat(browser.findAll("#agenda-fields tbody tr")).as("the agenda and two empty rows")
                .hasSize((int) items + 2);
        browser.assertAccessible();
        type("#organiser", "Commune de Béni Mellal et programme Tadafor");
        browser.clickAndWaitForNextPage("#save-activity");
        browser.waitForUrlContaining("/activities/" + forum);
        assertThat(browser.find("main").getText()).contains("Session enregistrée.",
                "Commune de Béni Mellal et programme Tadafor");
        assertThat(agendaItems(forum)).isEqualTo(items);
        browser.assertAccessible();
    }
}
