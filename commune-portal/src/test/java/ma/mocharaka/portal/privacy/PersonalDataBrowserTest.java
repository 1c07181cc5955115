package ma.mocharaka.portal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.profiles.CitizenProfiles;
import ma.mocharaka.portal.profiles.ProfileForm;

/**
 * A citizen downloads their data and deletes their account, in Arabic and in French, on throwaway Keycloak accounts;
 * afterwards the account cannot sign in. Every page passes axe-core, and the pages fit 360 pixels.
 */
@PortalTest
class PersonalDataBrowserTest {

    private static Browser browser;

    @Autowired Keycloak keycloak;
    @Autowired CitizenProfiles profiles;
    @Autowired CommuneRegistry registry;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @BeforeEach
    void signedOut() {
        browser.forgetEverything();
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aCitizenDownloadsTheirDataAndDeletesTheirAccountInArabic() {
        downloadThenDelete("ar", "rtl", "ضعوا علامة في الخانة", "تم حذف حسابكم");
    }

    @Test
    void aCitizenDownloadsTheirDataAndDeletesTheirAccountInFrench() {
        downloadThenDelete("fr", "ltr", "Cochez la case pour confirmer", "Votre compte a été supprimé");
    }

    @Test
    void theAdministratorSetsRetentionPeriodsInFrenchAndArabic() {
        browser.open(PortalTest.BASE_URL + "/c/azilal/admin/privacy/retention?lang=fr");
        browser.signInToKeycloak("azilal.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/azilal/admin/privacy/retention");
        assertThat(browser.find("h1").getText()).isEqualTo("Durées de conservation des données personnelles");
        browser.assertAccessible();
        browser.find("#months_AUDIT_TRAIL").clear();
        browser.find("#months_AUDIT_TRAIL").sendKeys("3");
        browser.clickAndWaitForNextPage("#save-retention");
        assertThat(browser.find("[role=alert]").getText()).contains("entre 12 et 240");
        assertThat(browser.find("#months_AUDIT_TRAIL").getAttribute("value")).isEqualTo("3");
        browser.assertAccessible();
        browser.find("#months_AUDIT_TRAIL").clear();
        browser.find("#months_AUDIT_TRAIL").sendKeys("60");
        browser.clickAndWaitForNextPage("#save-retention");
        assertThat(browser.find("[role=status]").getText()).contains("enregistrées");

        browser.open(PortalTest.BASE_URL + "/c/azilal/admin/privacy/retention?lang=ar");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.find("h1").getText()).isEqualTo("مدد الاحتفاظ بالمعطيات الشخصية");
        browser.assertAccessible();
    }

    private void downloadThenDelete(String language, String direction, String confirmError, String deletedTitle) {
        String username = Footprints.account("browser-" + language);
        ThrowawayAccounts.create(keycloak, username);
        String neighbourhood = "Hay " + username.substring(username.length() - 8);
        CurrentCommune.runAs(registry.findBySlug("beni-mellal").orElseThrow(), () ->
                profiles.save(username, new ProfileForm("Béni Mellal", neighbourhood, false, null, null, null)));

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/account?lang=" + language);
        browser.signInToKeycloak(username, KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/beni-mellal/account");
        browser.clickAndWaitForNextPage("a.privacy-link");
        assertThat(browser.driver().getCurrentUrl()).contains("/c/beni-mellal/account/data");
        assertThat(browser.html("dir")).isEqualTo(direction);
        assertThat(browser.html("lang")).isEqualTo(language);
        browser.assertAccessible();

        // What the download link serves, fetched by the page itself with the citizen's session.
        String href = browser.find("#download-data").getAttribute("href");
        String downloaded = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);", href);
        assertThat(downloaded).contains("\"username\" : \"" + username + "\"", neighbourhood, "beni-mellal");

        browser.driver().manage().window().setSize(new Dimension(360, 800));
        Number width = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));

        browser.clickAndWaitForNextPage("#delete-account");
        assertThat(browser.find("h1").getText()).isNotBlank();
        browser.assertAccessible();
        browser.clickAndWaitForNextPage("#confirm-delete");
        assertThat(browser.find("[role=alert]").getText()).contains(confirmError);
        browser.assertAccessible();
        browser.find("#understood").click();
        browser.clickAndWaitForNextPage("#confirm-delete");
        browser.waitForUrlContaining("/c/beni-mellal/account-deleted");
        assertThat(browser.find("h1").getText()).isEqualTo(deletedTitle);
        browser.assertAccessible();
        browser.screenshot("privacy-deleted-" + language);
        assertThat(ThrowawayAccounts.exists(keycloak, username)).isFalse();

        // Signed out of the portal: the account page sends to Keycloak's sign-in form instead of showing the account.
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/account?lang=" + language);
        browser.find("#username");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("/c/beni-mellal/account");

        // Signing in again fails at Keycloak: the account no longer exists.
        browser.forgetEverything();
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/account?lang=" + language);
        browser.signInToKeycloak(username, KeycloakTestServer.DEMO_PASSWORD);
        // Wait for Keycloak's answer to the form, not the form itself, which may still be on screen.
        browser.waitForUrlContaining("login-actions/authenticate");
        browser.find("#username");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("/c/beni-mellal/account");
        assertThat(browser.driver().findElements(By.id("password"))).isNotEmpty();
    }
}
