package ma.mocharaka.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/** The program office's console in a real Chromium, signed in through Keycloak, in Arabic and French. */
@AdminTest
class ConsoleBrowserTest {

    private static Browser browser;

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

    @Test
    void aProgramAdminSeesEveryCommuneWithItsStatus() {
        browser.open(AdminTest.BASE_URL + "/communes?lang=ar");
        browser.signInToKeycloak("program.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/communes");

        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.findAll("tbody tr")).hasSizeGreaterThanOrEqualTo(13);
        assertThat(browser.find("tbody").getText()).contains("بني ملال", "دمنات", "طاطا", "مفعلة");
        browser.assertAccessible();
        browser.screenshot("console-communes-ar");

        browser.open(AdminTest.BASE_URL + "/communes/demnat?lang=fr");
        assertThat(browser.html("dir")).isEqualTo("ltr");
        assertThat(browser.find("h1").getText()).isEqualTo("Demnate");
        assertThat(browser.find("main").getText()).contains("Création de l’organisation dans l’annuaire");
        browser.assertAccessible();

        for (String page : new String[] {"/enrol", "/audit"}) {
            for (String language : new String[] {"ar", "fr", "zgh", "en"}) {
                browser.open(AdminTest.BASE_URL + page + "?lang=" + language);
                assertThat(browser.html("lang")).isEqualTo(language);
                browser.assertAccessible();
            }
        }
    }

    @Test
    void aFocalPointLandsOnTheirOwnCommuneAndIsRefusedElsewhere() {
        browser.open(AdminTest.BASE_URL + "/?lang=fr");
        browser.signInToKeycloak("demnat.focal", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/communes/demnat");
        assertThat(browser.find("h1").getText()).isEqualTo("Demnate");
        browser.assertAccessible();

        browser.open(AdminTest.BASE_URL + "/communes/beni-mellal");
        assertThat(browser.find("h1").getText()).isEqualTo("Accès refusé");
        browser.open(AdminTest.BASE_URL + "/communes");
        assertThat(browser.find("h1").getText()).isEqualTo("Accès refusé");
        browser.assertAccessible();
    }

    @Test
    void enrolmentErrorsAreShownInTheUsersLanguage() {
        browser.open(AdminTest.BASE_URL + "/enrol?lang=fr");
        browser.signInToKeycloak("program.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/enrol");
        browser.find("#slug").sendKeys("Béni Mellal!");
        browser.find("form.stack button[type=submit]").click();
        assertThat(browser.find("#slug-error").getText()).isNotBlank();
        assertThat(browser.find("#slug").getAttribute("value")).isEqualTo("Béni Mellal!");
        browser.assertAccessible();
    }
}
