package ma.mocharaka.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/** The portal as people see it: in a real Chromium, in Arabic and French, signed in through Keycloak. */
@PortalTest
class PortalBrowserTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @org.junit.jupiter.api.BeforeEach
    void signedOut() {
        browser.forgetEverything();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void theHomePageIsRightToLeftInArabicAndLeftToRightInFrench() {
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/?lang=ar");
        assertThat(browser.html("lang")).isEqualTo("ar");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.find("h1").getText()).contains("بني ملال");
        browser.assertAccessible();
        browser.screenshot("portal-home-ar");
        // Right to left on screen, not just in markup: the commune's name sits right of the language switcher.
        assertThat(centreX(browser.find(".site-title"))).isGreaterThan(centreX(browser.find(".lang-switch")));

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/?lang=fr");
        assertThat(browser.html("lang")).isEqualTo("fr");
        assertThat(browser.html("dir")).isEqualTo("ltr");
        assertThat(browser.find("h1").getText()).contains("Béni Mellal");
        browser.assertAccessible();
        browser.screenshot("portal-home-fr");
        assertThat(centreX(browser.find(".site-title"))).isLessThan(centreX(browser.find(".lang-switch")));

        // The choice is remembered without the parameter.
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/");
        assertThat(browser.html("lang")).isEqualTo("fr");
    }

    @Test
    void aCommunesOwnAddressServesEveryModuleOfThatCommuneOnly() {
        String own = "http://beni-mellal.localhost:" + PortalTest.PORT;
        for (String page : new String[] {"/petitions", "/surveys", "/information", "/action-plan", "/forums"}) {
            browser.open(own + page + "?lang=fr");
            assertThat(browser.html("lang")).as(page).isEqualTo("fr");
            assertThat(browser.find(".site-title").getText()).as(page).contains("Béni Mellal");
            assertThat(browser.driver().getCurrentUrl()).as(page).startsWith(own + page);
            browser.assertAccessible();
        }
        // The forwarded request is authorised against the /c/{commune}/admin rules: an anonymous visitor is sent to sign in.
        browser.open(own + "/admin?lang=fr");
        assertThat(browser.driver().getCurrentUrl()).doesNotStartWith(own + "/admin");
        assertThat(browser.driver().getPageSource()).doesNotContain("/c/beni-mellal/admin/news");
        browser.open("http://azilal.localhost:" + PortalTest.PORT + "/petitions?lang=fr");
        assertThat(browser.find(".site-title").getText()).contains("Azilal").doesNotContain("Béni Mellal");
        browser.open("http://nowhere.localhost:" + PortalTest.PORT + "/petitions?lang=fr");
        assertThat(browser.find("h1").getText()).doesNotContain("Béni Mellal");
    }

    @Test
    void everyLanguageRendersAccessibly() {
        for (String language : new String[] {"zgh", "en", "ar"}) {
            browser.open(PortalTest.BASE_URL + "/?lang=" + language);
            assertThat(browser.html("lang")).isEqualTo(language);
            browser.assertAccessible();
            browser.open(PortalTest.BASE_URL + "/c/demnat/?lang=" + language);
            browser.assertAccessible();
            browser.screenshot("portal-demnat-" + language);
        }
        browser.open(PortalTest.BASE_URL + "/c/atlantis/?lang=ar");
        assertThat(browser.find("h1").getText()).isEqualTo("الصفحة غير موجودة");
        browser.assertAccessible();
    }

    @Test
    void staffSignInThroughKeycloakAndPublishNews() {
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/?lang=fr");
        browser.find(".account a").click();
        browser.signInToKeycloak("bm.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/beni-mellal/account");
        assertThat(browser.find("main").getText()).contains("bm.admin").contains("Administrateur de la commune");
        browser.assertAccessible();

        browser.find("main a.button").click();
        browser.waitForUrlContaining("/c/beni-mellal/admin");
        browser.assertAccessible();
        String title = "Atelier du " + UUID.randomUUID().toString().substring(0, 8);
        browser.find("#titlefr").sendKeys(title);
        browser.driver().findElement(By.id("bodyfr")).sendKeys("Atelier de rédaction de pétitions, 26 et 27 août 2023.");
        browser.clickAndWaitForNextPage("form.stack button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("publiée");
        browser.assertAccessible();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/");
        assertThat(browser.find("main").getText()).contains(title);

        // The same session is nobody in Demnate's admin area.
        browser.open(PortalTest.BASE_URL + "/c/demnat/admin");
        assertThat(browser.find("h1").getText()).isEqualTo("Accès refusé");
        browser.assertAccessible();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/");
        browser.find(".account button").click();
    }

    @Test
    void anEmptyNewsFormIsRefusedInTheUsersLanguage() {
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin?lang=ar");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/beni-mellal/admin");
        browser.clickAndWaitForNextPage("form.stack button[type=submit]");
        assertThat(browser.find("[role=alert]").getText()).contains("اكتب العنوان والنص بلغة واحدة على الأقل");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        browser.assertAccessible();
    }

    private static int centreX(WebElement element) {
        return element.getRect().getX() + element.getRect().getWidth() / 2;
    }
}
