package ma.mocharaka.portal.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;

/** Consultations in a real Chromium at 360 px: a citizen comments in Arabic; staff moderate and synthesise in French. */
@PortalTest
class ConsultationBrowserTest {

    private static Browser browser;

    @Autowired
    Consultations consultations;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    JdbcClient jdbc;

    TestConsultations fixtures;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void onAPhone() {
        fixtures = new TestConsultations(consultations, registry, jdbc);
        browser.forgetEverything();
        browser.driver().manage().window().setSize(new Dimension(360, 800));
    }

    @Test
    void aCitizenCommentsOnASectionInArabic() {
        long id = fixtures.openToday("beni-mellal");
        long section = fixtures.firstSection("beni-mellal", id);
        String title = fixtures.as("beni-mellal", () -> consultations.find(id, null)).localizedTitle().in("ar");

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/?lang=ar");
        browser.find("a[href$='/consultations/" + id + "']").click();
        assertThat(browser.find("h1").getText()).isEqualTo(title);
        browser.assertAccessible();
        browser.find("main a.button").click();
        browser.signInToKeycloak("bm.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/consultations/" + id);

        // An empty text is refused beside the section, in Arabic.
        browser.clickAndWaitForNextPage("#section-" + section + " form.contribute button[type=submit]");
        assertThat(browser.find("#section-" + section + " [role=alert]").getText()).isEqualTo("اكتبوا نص مساهمتكم.");
        browser.assertAccessible();

        browser.find("#proposal-" + section).click();
        browser.find("#body-" + section).sendKeys("نقترح إضافة مجلس للشباب في الميثاق.");
        browser.clickAndWaitForNextPage("#section-" + section + " form.contribute button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("شكرا، تم تسجيل مساهمتكم.");
        assertThat(browser.find("#section-" + section + " .contributions").getText())
                .contains("نقترح إضافة مجلس للشباب في الميثاق.").contains("مقترح تعديل");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(fitsThePhone()).isTrue();
        Object direction = ((JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(document.querySelector('.draft-section')).direction;");
        assertThat(direction).isEqualTo("rtl");
        browser.assertAccessible();
        browser.screenshot("consultation-commented-ar-360");
        assertThat(fixtures.as("beni-mellal", () -> consultations.facts(id))).containsEntry("proposals", 1L);
    }

    @Test
    void aCitizenCommentsInFrenchAndStaffModerateThenPublishTheSynthesis() {
        long id = fixtures.openToday("beni-mellal");
        long section = fixtures.firstSection("beni-mellal", id);

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/consultations/" + id + "/sign-in?lang=fr");
        browser.signInToKeycloak("bm.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/consultations/" + id);
        browser.find("#body-" + section).sendKeys("Le préambule devrait citer les associations de quartier.");
        browser.clickAndWaitForNextPage("#section-" + section + " form.contribute button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Merci, votre contribution est enregistrée.");
        browser.assertAccessible();
        browser.screenshot("consultation-commented-fr-360");

        // The window closes; staff take over.
        fixtures.closedDaysAgo("beni-mellal", id, 1);
        browser.forgetEverything();
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/consultations/" + id + "?lang=fr");
        assertThat(browser.find("main").getText()).contains("La consultation est close");
        assertThat(browser.findAll("form.contribute")).isEmpty();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/consultations/" + id + "?lang=fr");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/admin/consultations/" + id);
        browser.assertAccessible();
        browser.clickAndWaitForNextPage(".contributions form button");
        assertThat(browser.find("[role=alert]").getText()).contains("Écrivez le motif du masquage");
        browser.find(".contributions input[name=reason]").sendKeys("Doublon d’une autre contribution");
        browser.clickAndWaitForNextPage(".contributions form button");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("La contribution est masquée, avec son motif.");
        assertThat(browser.find(".count-hidden").getText()).isEqualTo("1");

        browser.find("#synthesisfr").sendKeys("Les contributions sur le préambule ont été examinées ; la mention des associations de quartier est retenue.");
        browser.clickAndWaitForNextPage("form[action$='/synthesis'] button");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("La synthèse est publiée.");
        assertThat(fitsThePhone()).isTrue();
        browser.assertAccessible();
        browser.screenshot("consultation-admin-fr-360");

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/consultations/" + id + "?lang=ar");
        assertThat(browser.find(".status").getText()).isEqualTo("نُشرت الخلاصة");
        assertThat(browser.find(".hidden-note").getText()).contains("Doublon d’une autre contribution");
        browser.assertAccessible();
        browser.screenshot("consultation-synthesised-ar-360");
    }

    private static boolean fitsThePhone() {
        Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).intValue() <= 0;
    }
}
