package ma.mocharaka.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.bodies.AdvisoryBodies;
import ma.mocharaka.portal.bodies.BodyKind;
import ma.mocharaka.portal.bodies.MemberRole;
import ma.mocharaka.portal.consultations.ConsultationDraft;
import ma.mocharaka.portal.consultations.Consultations;
import ma.mocharaka.portal.consultations.DocumentKind;
import ma.mocharaka.portal.news.News;
import ma.mocharaka.portal.news.NewsDraft;

/**
 * The new admin and public pages of the commune space in a real Chromium at 360 px, in Arabic and French: a static
 * page written and published through the admin and read by the public (right to left in Arabic), and the pages to
 * correct a consultation or a news item, build the action plan and end a term. axe finds nothing on any of them.
 */
@PortalTest
class CommuneSpaceAdminBrowserTest {

    private static Browser browser;

    @Autowired
    Clock clock;
    @Autowired
    Consultations consultations;
    @Autowired
    AdvisoryBodies bodies;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    News news;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
    void aStaticPageIsWrittenInArabicPublishedAndReadRightToLeft() {
        String slug = "kayfa-nusharik-" + UUID.randomUUID().toString().substring(0, 6);
        signedInAsAdmin();
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/pages?lang=ar");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        browser.assertAccessible();

        browser.find("#slug").sendKeys(slug);
        browser.find("#titlear").sendKeys("كيف أشارك؟");
        browser.find("#bodyar").sendKeys("الفقرة الأولى عن آليات المشاركة.\n\n<script>alert(1)</script>");
        browser.clickAndWaitForNextPage("form.stack button[type=submit]");
        assertThat(browser.find("p[role=status]").getText()).isEqualTo("تم حفظ الصفحة.");
        assertThat(browser.findAll("a[href$='/pages/" + slug + "']")).as("not published yet: not linked").isEmpty();
        browser.find("#published").click();
        browser.find("#titlefr").sendKeys("Comment participer ?");
        browser.clickAndWaitForNextPage("form.stack button[type=submit]");
        browser.assertAccessible();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/?lang=ar");
        browser.clickAndWaitForNextPage("nav.commune-pages a[href$='/pages/" + slug + "']");
        assertThat(browser.find("h1").getText()).isEqualTo("كيف أشارك؟");
        List<WebElement> paragraphs = browser.findAll(".page-body p");
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(1).getText()).isEqualTo("<script>alert(1)</script>");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertRightToLeft();
        assertFitsThePhone();
        browser.assertAccessible();
        browser.screenshot("static-page-ar-360");

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/pages/" + slug + "?lang=fr");
        assertThat(browser.find("h1").getText()).isEqualTo("Comment participer ?");
        assertThat(browser.find(".page-body").getAttribute("lang")).as("no French text: Arabic, marked").isEqualTo("ar");
        browser.assertAccessible();
    }

    @Test
    void theNewAdminPagesAreAccessibleAndFitAPhoneInArabicAndFrench() {
        long upcoming = bm(() -> consultations.publish(draft(today().plusDays(5), today().plusDays(26)), "test"));
        long open = bm(() -> consultations.publish(draft(today(), today().plusDays(21)), "test"));
        long body = bm(() -> bodies.create(BodyKind.NEIGHBOURHOOD_COMMITTEE,
                LocalizedText.of("لجنة حي " + UUID.randomUUID(), "Comité de quartier", null, null),
                LocalizedText.of("تمثيل الحي", "Représenter le quartier", null, null), LocalDate.of(2025, 1, 1), "test"));
        bm(() -> bodies.addMember(body, "Hanane", MemberRole.MEMBER, LocalDate.of(2025, 2, 15), null, "test"));
        long newsItem = bm(() -> news.publish(new NewsDraft("خبر للتصحيح", "Actualité à corriger", null, null,
                "نص الخبر", "Texte de l’actualité", null, null, today()), "test")).id();
        signedInAsAdmin();

        String[] pages = {"/c/beni-mellal/admin/news/" + newsItem,"/c/beni-mellal/admin/consultations/" + upcoming + "/edit",
                "/c/beni-mellal/admin/consultations/" + open + "/edit", "/c/beni-mellal/admin/action-plan",
                "/c/beni-mellal/admin/bodies/" + body, "/c/beni-mellal/admin/pages", "/c/beni-mellal/admin/forums"};
        for (String language : new String[] {"ar", "fr"}) {
            for (String page : pages) {
                browser.open(PortalTest.BASE_URL + page + "?lang=" + language);
                assertThat(browser.html("dir")).as(page).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
                assertThat(browser.find("h1").getText()).as(page).isNotBlank();
                // The admin's folded forms are opened, so axe checks them too.
                ((JavascriptExecutor) browser.driver()).executeScript(
                        "document.querySelectorAll('details').forEach(d => d.open = true);");
                assertFitsThePhone();
                browser.assertAccessible();
            }
        }
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/consultations/" + open + "/edit?lang=fr");
        assertThat(browser.findAll("#textfr")).as("an open consultation's text no longer changes").isEmpty();
        assertThat(browser.find("#closesOn").getAttribute("value")).isEqualTo(today().plusDays(21).toString());

        // The home page lists the latest-opening consultations: these two move into the past, out of other tests' way.
        jdbc.sql("UPDATE commune_beni_mellal.consultation SET opens_on = ?, closes_on = ? WHERE id IN (?, ?)")
                .params(today().minusDays(60), today().minusDays(40), upcoming, open).update();
    }

    private static void signedInAsAdmin() {
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin?lang=ar");
        if (browser.driver().getCurrentUrl().contains("/c/beni-mellal/admin")) {
            return;
        }
        browser.signInToKeycloak("bm.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/beni-mellal/admin");
    }

    private static ConsultationDraft draft(LocalDate opensOn, LocalDate closesOn) {
        return new ConsultationDraft(DocumentKind.CHARTER, LocalizedText.of("مشروع الميثاق", "Projet de charte", null, null),
                LocalizedText.of("ملخص", "Résumé", null, null), opensOn, closesOn,
                List.of(new ConsultationDraft.Section(LocalizedText.of("الديباجة", "Préambule", null, null),
                        LocalizedText.of("نص", "Texte", null, null))));
    }

    private <T> T bm(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), work);
    }

    private static void assertFitsThePhone() {
        Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow at 360 px on %s",
                browser.driver().getCurrentUrl()).isLessThanOrEqualTo(0);
    }

    private static void assertRightToLeft() {
        WebElement heading = browser.find("h1");
        WebElement main = browser.find("main");
        int headingRight = heading.getRect().getX() + heading.getRect().getWidth();
        int mainRight = main.getRect().getX() + main.getRect().getWidth();
        assertThat(mainRight - headingRight).isLessThan(40);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(arguments[0]).direction;", heading)).isEqualTo("rtl");
    }

    /** Today as the product sees it, so the test and the service cannot disagree about the date. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
