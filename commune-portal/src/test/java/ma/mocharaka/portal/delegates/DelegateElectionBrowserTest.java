package ma.mocharaka.portal.delegates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.forums.ForumView;
import ma.mocharaka.portal.forums.Forums;
import ma.mocharaka.portal.forums.TestForums;
import ma.mocharaka.portal.inclusion.InclusionAnswers;

/** The delegate election in a real Chromium at 360 px: staff run it in French, an attendee votes in Arabic. */
@PortalTest
class DelegateElectionBrowserTest {

    private static Browser browser;

    @Autowired
    Forums forums;
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
    void onAPhone() {
        browser.forgetEverything();
        browser.driver().manage().window().setSize(new Dimension(360, 800));
    }

    @Test
    void staffRunTheElectionAndACheckedInCitizenVotesOnce() {
        ForumView forum = TestForums.upcoming(forums, registry, "beni-mellal");
        inBeniMellal(() -> forums.register(forum.id(), "bm.citizen"));
        long number = inBeniMellal(() -> forums.doorList(forum.id())).getFirst().number();
        inBeniMellal(() -> forums.checkIn(forum.id(), Optional.of(number), InclusionAnswers.declined(), "bm.staff"));

        // Staff, in French: an empty form is refused with the reasons, then the election is prepared and opened.
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/forums/" + forum.id() + "/elections?lang=fr");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/elections");
        browser.find("#seats").clear();
        browser.find("#seats").sendKeys("1");
        browser.clickAndWaitForNextPage("form.stack button[type=submit]");
        assertThat(browser.find("[role=alert]").getText())
                .contains("Écrivez le nom du quartier dans au moins une langue")
                .contains("un nom différent par ligne");
        browser.assertAccessible();
        browser.find("#neighbourhoodar").sendKeys("حي الأمل");
        browser.find("#neighbourhoodfr").sendKeys("Hay Al Amal");
        browser.find("#candidates").sendKeys("فاطمة الزهراء\nمحمد");
        browser.clickAndWaitForNextPage("form.stack button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("L’élection est préparée.");
        browser.clickAndWaitForNextPage(".election form button");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Le vote est ouvert.");
        browser.assertAccessible();
        browser.screenshot("election-admin-fr-360");

        // The attendee, in Arabic.
        browser.forgetEverything();
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/forums/" + forum.id() + "?lang=ar");
        browser.find("a[href$='/forums/" + forum.id() + "/elections']").click();
        assertThat(browser.find("h2").getText()).isEqualTo("الحي: حي الأمل");
        browser.assertAccessible();
        browser.find("main a.button").click();
        browser.signInToKeycloak("bm.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/forums/" + forum.id() + "/elections");
        browser.clickAndWaitForNextPage(".election form button");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("اختاروا مرشحا(ة) من اللائحة.");
        browser.driver().findElements(By.cssSelector(".election input[type=radio]")).getFirst().click();
        browser.clickAndWaitForNextPage(".election form button");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("تم تسجيل صوتكم. شكرا لمشاركتكم.");
        assertThat(browser.find(".election .voted").getText()).isEqualTo("لقد صوتم في هذا الانتخاب.");
        assertThat(browser.findAll(".election form")).isEmpty();
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(fitsThePhone()).isTrue();
        browser.assertAccessible();
        browser.screenshot("election-voted-ar-360");

        long election = inBeniMellal(() -> elections().atForum(forum.id(), null)).getFirst().id();
        inBeniMellal(() -> elections().close(forum.id(), election, "bm.staff"));
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/forums/" + forum.id() + "/elections?lang=ar");
        assertThat(browser.find(".results li.elected").getText()).contains("فاطمة الزهراء").contains("منتخب(ة)");
        browser.assertAccessible();
        browser.screenshot("election-results-ar-360");
    }

    @Autowired
    DelegateElections delegateElections;

    private DelegateElections elections() {
        return delegateElections;
    }

    private static boolean fitsThePhone() {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).intValue() <= 0;
    }

    private <T> T inBeniMellal(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), work);
    }
}
