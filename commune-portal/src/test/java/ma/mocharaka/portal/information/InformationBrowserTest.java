package ma.mocharaka.portal.information;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;

/**
 * A citizen files an information request and staff answer it, in Arabic and in French; every page on the way
 * passes axe-core, and the form works at 360 px.
 */
@PortalTest
class InformationBrowserTest {

    private static Browser browser;

    @Autowired InformationRequests requests;
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
    void aCitizenFilesInArabicAndStaffAnswer() {
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/information?lang=ar");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.find("main").getText()).contains("31.13").contains("عشرين (20) يوما");
        browser.assertAccessible();

        browser.find("#file-request").click();
        browser.signInToKeycloak("bm.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/information/request");
        browser.find("#send-request");
        browser.assertAccessible();

        // Without a subject the form comes back with the reason, and what was typed is still there.
        String subject = InformationFixtures.uniqueSubject("مواقيت المكتبة");
        browser.find("#name").clear();
        browser.find("#name").sendKeys("مريم");
        browser.find("#email").clear();
        browser.find("#email").sendKeys("mariam@example.org");
        browser.find("#details").sendKeys("ما هي مواقيت عمل المكتبة الجماعية؟");
        browser.clickAndWaitForNextPage("#send-request");
        assertThat(browser.find("[role=alert]").getText()).contains("أدخلوا موضوع الطلب");
        assertThat(browser.find("#details").getAttribute("value")).isEqualTo("ما هي مواقيت عمل المكتبة الجماعية؟");
        assertThat(browser.find("#name").getAttribute("value")).isEqualTo("مريم");
        browser.assertAccessible();

        browser.driver().manage().window().setSize(new Dimension(360, 800));
        Number width = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));

        browser.find("#subject").sendKeys(subject);
        browser.clickAndWaitForNextPage("#send-request");
        browser.waitForUrlContaining("/information/requests/");
        String code = browser.find(".tracking-code").getText();
        assertThat(code).matches("\\d{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}");
        assertThat(browser.find("[role=status]").getText()).contains("تم تسجيل طلبكم");
        assertThat(browser.find("main").getText()).contains(subject).contains("تم التوصل به").doesNotContain("مريم")
                .doesNotContain("mariam@example.org");
        browser.assertAccessible();
        browser.screenshot("information-receipt-ar");

        browser.forgetEverything();
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/information?lang=ar");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/beni-mellal/admin/information");
        browser.find("#export-csv");
        browser.assertAccessible();
        browser.driver().findElement(By.linkText(code)).click();
        browser.waitForUrlContaining("/admin/information/");
        assertThat(browser.find("main").getText()).contains("مريم").contains(subject);
        browser.assertAccessible();

        browser.find("#outcome-ANSWERED").click();
        browser.find("#answer").sendKeys("تفتح المكتبة من الاثنين إلى الجمعة من الساعة 9 إلى 17.");
        browser.clickAndWaitForNextPage("#decide");
        assertThat(browser.find("[role=status]").getText()).contains("تم تسجيل الرد");
        assertThat(browser.find("main").getText()).contains("تم الرد");
        browser.assertAccessible();

        browser.forgetEverything();
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/information?lang=ar");
        browser.find("#code").sendKeys(code.toLowerCase());
        browser.clickAndWaitForNextPage("#track");
        browser.waitForUrlContaining("/information/requests/" + code);
        assertThat(browser.find("main").getText()).contains("تفتح المكتبة من الاثنين").contains("تم الرد");
        browser.assertAccessible();
        browser.screenshot("information-answered-ar");
    }

    @Test
    void aCitizenFilesInFrenchAndStaffRefuseWithALegalGround() {
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/information/request?lang=fr");
        browser.signInToKeycloak("bm.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/information/request");
        assertThat(browser.html("lang")).isEqualTo("fr");
        String subject = InformationFixtures.uniqueSubject("Adresses des bénéficiaires");
        browser.find("#name").clear();
        browser.find("#name").sendKeys("Samir");
        browser.find("#email").clear();
        browser.find("#phone").sendKeys("+212 611 111 111");
        browser.find("#subject").sendKeys(subject);
        browser.find("#details").sendKeys("Liste des membres des associations aidées, avec leurs adresses.");
        browser.find("#urgent").click();
        browser.clickAndWaitForNextPage("#send-request");
        assertThat(browser.find("[role=alert]").getText()).contains("Expliquez pourquoi la demande est urgente");
        assertThat(browser.find("#urgent").isSelected()).isTrue();
        browser.assertAccessible();
        browser.find("#urgent").click();
        browser.clickAndWaitForNextPage("#send-request");
        browser.waitForUrlContaining("/information/requests/");
        String code = browser.find(".tracking-code").getText();
        assertThat(browser.find("[role=status]").getText()).contains("Récépissé");
        browser.assertAccessible();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/information?lang=fr");
        assertThat(browser.find("#mine-heading").getText()).isEqualTo("Vos demandes");
        assertThat(browser.find("main").getText()).contains(code);
        browser.assertAccessible();

        browser.forgetEverything();
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/information?lang=fr");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/beni-mellal/admin/information");
        browser.driver().findElement(By.linkText(code)).click();
        browser.waitForUrlContaining("/admin/information/");
        browser.find("#decide");
        browser.assertAccessible();

        // A refusal without its legal ground comes back, with the reasons typed still in the form.
        browser.find("#outcome-REFUSED").click();
        browser.find("#answer").sendKeys("Les adresses personnelles relèvent de la vie privée.");
        browser.clickAndWaitForNextPage("#decide");
        assertThat(browser.find("[role=alert]").getText()).contains("motif légal");
        assertThat(browser.find("#answer").getAttribute("value")).isEqualTo("Les adresses personnelles relèvent de la vie privée.");
        assertThat(browser.find("#outcome-REFUSED").isSelected()).isTrue();
        browser.assertAccessible();
        new org.openqa.selenium.support.ui.Select(browser.find("#ground")).selectByValue("PRIVATE_LIFE");
        browser.clickAndWaitForNextPage("#decide");
        assertThat(browser.find("[role=status]").getText()).contains("La réponse est enregistrée");
        assertThat(browser.find("main").getText()).contains("Refus motivé").contains("Vie privée des personnes");
        browser.assertAccessible();
        browser.screenshot("information-refused-admin-fr");

        browser.forgetEverything();
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/information/requests/" + code + "?lang=fr");
        assertThat(browser.find(".complaint").getText()).contains("président du conseil communal")
                .contains("Commission du droit d’accès à l’information").contains("articles 19 et 20");
        assertThat(browser.find("main").getText()).doesNotContain("Samir").doesNotContain("+212 611");
        browser.assertAccessible();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/information/register?lang=fr");
        assertThat(browser.find("main").getText()).contains(code).contains(subject).doesNotContain("Samir");
        browser.assertAccessible();
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/information/publications?lang=fr");
        browser.find("h1");
        browser.assertAccessible();
        browser.screenshot("information-public-fr");
    }

    @Test
    void staffRecordACounterRequestExtendItAndKeepTheCalendarAndPublications() {
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/information/new?lang=fr");
        browser.signInToKeycloak("bm.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/admin/information/new");
        browser.assertAccessible();
        String subject = InformationFixtures.uniqueSubject("Marchés de voirie");
        browser.find("#name").sendKeys("Abdellah");
        browser.find("#address").sendKeys("Quartier Ouled Hamdane, Béni Mellal");
        browser.find("#cin").sendKeys("ZZ123456");
        browser.find("#subject").sendKeys(subject);
        browser.find("#details").sendKeys("Liste des marchés de voirie depuis 2022.");
        browser.clickAndWaitForNextPage("#send-request");
        assertThat(browser.find("[role=status]").getText()).contains("numéro de suivi");
        assertThat(browser.find("main").getText()).contains("***456").doesNotContain("ZZ123456");
        browser.assertAccessible();

        browser.find("#extension-reason").sendKeys("Nombre important de documents à réunir.");
        browser.clickAndWaitForNextPage("#extend");
        assertThat(browser.find("[role=alert]").getText()).contains("doit être informé");
        assertThat(browser.find("#extension-reason").getAttribute("value")).isEqualTo("Nombre important de documents à réunir.");
        browser.find("#notified").click();
        browser.clickAndWaitForNextPage("#extend");
        assertThat(browser.find("[role=status]").getText()).contains("prolongé de 20 jours ouvrables");
        assertThat(browser.find("main").getText()).contains("Délai prolongé");
        assertThat(browser.findAll("#extend")).isEmpty();
        browser.assertAccessible();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/information/holidays?lang=fr");
        browser.find("#add-holiday");
        assertThat(browser.find("main").getText()).contains("Fête du Trône");
        browser.assertAccessible();
        browser.clickAndWaitForNextPage("#add-holiday");
        assertThat(browser.find("[role=alert]").getText()).contains("date du jour férié");
        browser.assertAccessible();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/information/publications?lang=fr");
        String title = InformationFixtures.uniqueSubject("Budget 2026");
        browser.find("#titlefr").sendKeys(title);
        // A date field's typing order follows the browser's locale; the value itself does not.
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-01-15';", browser.find("#publishedOn"));
        browser.clickAndWaitForNextPage("#add-publication");
        assertThat(browser.find("[role=alert]").getText()).contains("Joignez un fichier ou indiquez un lien");
        assertThat(browser.find("#titlefr").getAttribute("value")).isEqualTo(title);
        assertThat(browser.find("#publishedOn").getAttribute("value")).isEqualTo("2026-01-15");
        browser.find("#externalUrl").sendKeys("https://example.org/budget-2026.pdf");
        browser.clickAndWaitForNextPage("#add-publication");
        assertThat(browser.find("[role=status]").getText()).contains("Le document est publié");
        browser.assertAccessible();
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/information/publications?lang=fr");
        assertThat(browser.find("main").getText()).contains(title);
        browser.assertAccessible();
    }

    @Test
    void theRegisterHasPagesInArabicForThePublicAndForStaff() {
        // 2016: a year no other test files in, so the year filter gives this test 55 requests of its own.
        String marker = InformationFixtures.uniqueSubject("صفحات السجل");
        CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), () -> {
            for (int i = 0; i < 55; i++) {
                requests.file(InformationFixtures.form(marker + " " + i), Channel.COUNTER, null, "bm.staff",
                        java.time.LocalDate.of(2016, 2, 1).plusDays(i));
            }
            return null;
        });
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/information/register?year=2016&lang=ar");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.find("nav.pager").getAttribute("aria-label")).isEqualTo("صفحات سجل الطلبات");
        assertThat(browser.find("nav.pager [aria-current=page]").getText()).isEqualTo("1");
        assertThat(browser.findAll("main tbody tr")).hasSize(50);
        browser.assertAccessible();
        browser.clickAndWaitForNextPage("nav.pager a[rel=next]");
        assertThat(browser.driver().getCurrentUrl()).contains("year=2016").contains("page=2");
        assertThat(browser.findAll("main tbody tr")).hasSize(5);
        assertThat(browser.find("nav.pager").getText()).contains("الصفحة 2 من 2").contains("55");
        // Right to left, "previous" is on the right of the current page.
        assertThat(browser.find("nav.pager a[rel=prev]").getRect().getX())
                .isGreaterThan(browser.find("nav.pager [aria-current=page]").getRect().getX());
        browser.assertAccessible();
        browser.screenshot("information-register-page-2-ar");

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/information?year=2016&page=2&lang=fr");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/admin/information");
        assertThat(browser.find("nav.pager").getText()).contains("Page 2 sur 2");
        assertThat(browser.findAll("main tbody tr")).hasSize(5);
        browser.assertAccessible();
        browser.clickAndWaitForNextPage("nav.pager a[rel=prev]");
        assertThat(browser.findAll("main tbody tr")).hasSize(50);
        browser.assertAccessible();
    }
}
