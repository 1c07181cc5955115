package ma.mocharaka.portal.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.portal.PortalTest;

/**
 * A new citizen registers on Keycloak's own registration page, reached from the portal's sign-in, comes back signed
 * in, and fills their profile with consent: in Arabic and in French, at 360 px.
 */
@PortalTest
class SelfRegistrationBrowserTest {

    private static Browser browser;

    @Autowired
    CitizenProfiles profiles;
    @Autowired
    CommuneRegistry registry;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void signedOutOnAPhone() {
        browser.forgetEverything();
        browser.driver().manage().window().setSize(new Dimension(360, 800));
    }

    @Test
    void aNewCitizenRegistersInArabicAndFillsTheirProfileWithConsent() {
        String username = registerThroughKeycloak("ar", "فاطمة", "الزهراء");

        assertThat(browser.find("h1").getText()).isEqualTo("ملفي الشخصي في الجماعة");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        browser.assertAccessible();
        browser.find("#neighbourhood").sendKeys("حي الأمل");
        browser.find("#consent").click();
        new Select(browser.find("#gender")).selectByValue("WOMAN");
        new Select(browser.find("#ageBand")).selectByValue("FROM_18_TO_35");
        browser.clickAndWaitForNextPage("form.stack button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("تم حفظ ملفكم.");
        browser.assertAccessible();
        browser.screenshot("self-registered-profile-ar-360");

        ProfileForm saved = CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(),
                () -> profiles.of(username));
        assertThat(saved.neighbourhood()).isEqualTo("حي الأمل");
        assertThat(saved.consent()).isTrue();
        assertThat(saved.gender()).isEqualTo(ma.mocharaka.portal.inclusion.Gender.WOMAN);
    }

    @Test
    void aNewCitizenRegistersInFrench() {
        registerThroughKeycloak("fr", "Youssef", "Amrani");
        assertThat(browser.find("h1").getText()).isNotBlank();
        assertThat(browser.html("lang")).isEqualTo("fr");
        browser.find("#neighbourhood").sendKeys("Hay Nour");
        browser.clickAndWaitForNextPage("form.stack button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Votre profil est enregistré.");
        browser.assertAccessible();
    }

    /** From the portal's sign-in to Keycloak's registration form and back to the profile page; returns the username. */
    private static String registerThroughKeycloak(String language, String firstName, String lastName) {
        String username = "new-citizen-" + UUID.randomUUID().toString().substring(0, 8);
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/account/profile?lang=" + language);
        browser.find("#username");
        browser.driver().findElement(By.cssSelector("a[href*='/login-actions/registration']")).click();
        browser.find("#firstName").sendKeys(firstName);
        browser.driver().findElement(By.id("lastName")).sendKeys(lastName);
        browser.driver().findElement(By.id("email")).sendKeys(username + "@example.ma");
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys("Nouveau-2026!");
        browser.driver().findElement(By.id("password-confirm")).sendKeys("Nouveau-2026!");
        browser.driver().findElement(By.cssSelector("#kc-register-form [type=submit]")).click();
        browser.waitForUrlContaining("/c/beni-mellal/account/profile");
        return username;
    }
}
