package ma.mocharaka.portal.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.demo.DemoBodies;

/** The equality body's page in Arabic and French at 360 px, and staff carrying an opinion to the council's answer. */
@PortalTest
class BodyBrowserTest {

    private static Browser browser;

    @Autowired
    AdvisoryBodies bodies;
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
    void theEqualityBodyShowsItsOpinionsAndStaffRecordTheCouncilsAnswer() {
        long body = inBeniMellal(() -> DemoBodies.beniMellal(bodies));

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/bodies/" + body + "?lang=ar");
        assertThat(browser.find("h1").getText()).isEqualTo("هيئة المساواة وتكافؤ الفرص ومقاربة النوع");
        assertThat(browser.find("main").getText()).contains("تيسير ولوج الأشخاص في وضعية إعاقة لخدمة النقل العمومي").contains("مشروع رأي");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(fitsThePhone()).isTrue();
        browser.assertAccessible();
        browser.screenshot("body-equality-ar-360");

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/bodies/" + body + "?lang=fr");
        assertThat(browser.find("main").getText()).contains("transport public (bus)").contains("Projet d’avis");
        browser.assertAccessible();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/bodies/" + body + "?lang=fr");
        browser.signInToKeycloak("bm.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/admin/bodies/" + body);
        browser.assertAccessible();
        setDate(".opinion form input[name=on]", "2024-02-05");
        browser.clickAndWaitForNextPage(".opinion form button");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("La soumission au conseil est enregistrée.");

        // Answer without reasons: refused beside the opinion, the chosen answer kept.
        new Select(browser.find(".opinion form select[name=answer]")).selectByValue("ACCEPTED");
        setDate(".opinion form input[name=on]", "2024-03-01");
        browser.clickAndWaitForNextPage(".opinion form button");
        assertThat(browser.find(".opinion [role=alert]").getText()).contains("Écrivez les motifs de la réponse");
        assertThat(new Select(browser.find(".opinion form select[name=answer]")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("ACCEPTED");
        browser.assertAccessible();
        browser.find(".opinion form textarea[name=reasonsFr]").sendKeys("Le conseil retient l’avis pour les nouvelles lignes de bus.");
        assertThat(browser.find(".opinion form input[name=on]").getAttribute("value")).isEqualTo("2024-03-01");
        browser.clickAndWaitForNextPage(".opinion form button");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("La réponse du conseil est enregistrée.");
        assertThat(fitsThePhone()).isTrue();
        browser.screenshot("body-admin-fr-360");

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/bodies/" + body + "?lang=fr");
        assertThat(browser.find("main").getText()).contains("Accepté").contains("Le conseil retient l’avis pour les nouvelles lignes de bus.");
        browser.assertAccessible();
    }

    /** Date inputs take their typed order from the browser's locale; setting the value is locale-proof. */
    private static void setDate(String css, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", browser.find(css), isoDate);
    }

    private static boolean fitsThePhone() {
        Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).intValue() <= 0;
    }

    private <T> T inBeniMellal(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), work);
    }
}
