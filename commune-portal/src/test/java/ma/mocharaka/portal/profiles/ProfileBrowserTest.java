package ma.mocharaka.portal.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;

/** A citizen fills in their profile in Arabic with consent, then withdraws it in French, at 360 px. */
@PortalTest
class ProfileBrowserTest {

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
    void aCitizenGivesThenWithdrawsConsent() {
        browser.open(PortalTest.BASE_URL + "/c/demnat/account?lang=ar");
        browser.signInToKeycloak("demnat.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/demnat/account");
        browser.find("a.profile-link").click();
        assertThat(browser.find("h1").getText()).isEqualTo("ملفي الشخصي في الجماعة");
        browser.assertAccessible();

        browser.find("#neighbourhood").clear();
        browser.find("#neighbourhood").sendKeys("أكداين");
        new Select(browser.find("#ageBand")).selectByValue("FROM_18_TO_35");
        browser.clickAndWaitForNextPage("form.stack button[type=submit]");
        assertThat(browser.find("[role=alert]").getText()).contains("لا تُحفظ معطيات الإدماج إلا بموافقتكم");
        assertThat(browser.find("#neighbourhood").getAttribute("value")).isEqualTo("أكداين");
        browser.assertAccessible();

        browser.find("#consent").click();
        browser.clickAndWaitForNextPage("form.stack button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("تم حفظ ملفكم.");
        assertThat(new Select(browser.find("#ageBand")).getFirstSelectedOption().getAttribute("value")).isEqualTo("FROM_18_TO_35");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        browser.assertAccessible();
        browser.screenshot("profile-ar-360");

        browser.open(PortalTest.BASE_URL + "/c/demnat/account/profile?lang=fr");
        browser.clickAndWaitForNextPage("form[action$='/withdraw-consent'] button");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Votre accord est retiré et vos réponses effacées.");
        assertThat(new Select(browser.find("#ageBand")).getFirstSelectedOption().getAttribute("value")).isEmpty();
        assertThat(browser.find("#neighbourhood").getAttribute("value")).isEqualTo("أكداين");
        browser.assertAccessible();
        browser.screenshot("profile-fr-360");
    }
}
