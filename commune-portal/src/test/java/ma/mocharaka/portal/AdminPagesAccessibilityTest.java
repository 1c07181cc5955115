package ma.mocharaka.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/** The admin and list pages of the participation modules, in Arabic and French at 360 px: axe finds nothing. */
@PortalTest
class AdminPagesAccessibilityTest {

    /** The pages no module's own browser test opens; the others are checked where their flows are tested. */
    private static final String[] PAGES = {
            "/c/beni-mellal/admin/consultations", "/c/beni-mellal/admin/bodies", "/c/beni-mellal/admin/action-plan",
            "/c/beni-mellal/admin/privacy/retention", "/c/beni-mellal/admin/electoral-list",
            "/c/beni-mellal/consultations", "/c/beni-mellal/bodies", "/c/beni-mellal/"};

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
        browser.forgetEverything();
        browser.driver().manage().window().setSize(new Dimension(360, 800));
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void everyPageIsAccessibleAndFitsAPhoneInArabicAndFrench() {
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin?lang=ar");
        browser.signInToKeycloak("bm.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/beni-mellal/admin");
        for (String language : new String[] {"ar", "fr"}) {
            for (String page : PAGES) {
                browser.open(PortalTest.BASE_URL + page + "?lang=" + language);
                assertThat(browser.html("dir")).as(page).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
                assertThat(browser.find("h1").getText()).as(page).isNotBlank();
                Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).intValue()).as("horizontal overflow on %s", page).isLessThanOrEqualTo(0);
                browser.assertAccessible();
            }
        }
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/?lang=ar");
        browser.screenshot("commune-home-ar-360");
    }
}
