package ma.mocharaka.portal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.demo.DemoActionPlans;

/** Demnate's action plan with its progress bars, in Arabic and French at 360 px. */
@PortalTest
class ActionPlanBrowserTest {

    private static Browser browser;

    @Autowired
    ActionPlans plans;
    @Autowired
    CommuneRegistry registry;

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
    void thePlanShowsProgressBarsInBothDirections() {
        long id = CurrentCommune.callAs(registry.findBySlug("demnat").orElseThrow(),
                () -> plans.record(DemoActionPlans.demnat(), "test"));

        browser.open(PortalTest.BASE_URL + "/c/demnat/action-plan?lang=ar");
        assertThat(browser.find("#plan-" + id).getText()).isEqualTo("خطة عمل المشاركة المواطنة لجماعة دمنات");
        assertThat(browser.find("main").getText()).contains("إحداث مجلس الطفل").contains("منجز");
        assertThat(browser.findAll("progress")).isNotEmpty()
                .allSatisfy(bar -> assertThat(bar.getAttribute("value")).isNotNull());
        assertThat(browser.html("dir")).isEqualTo("rtl");
        Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        browser.assertAccessible();
        browser.screenshot("action-plan-ar-360");

        browser.open(PortalTest.BASE_URL + "/c/demnat/action-plan?lang=fr");
        assertThat(browser.find("main").getText()).contains("Créer le conseil des enfants").contains("Réalisée").contains("100 %");
        browser.assertAccessible();
        browser.screenshot("action-plan-fr-360");
    }
}
