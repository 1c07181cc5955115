package ma.mocharaka.portal.forums;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.demo.DemoForums;

/** Forums in a real Chromium at phone width: a citizen registers in Arabic, staff check people in in French. */
@PortalTest
class ForumBrowserTest {

    private static Browser browser;

    @Autowired
    Forums forums;
    @Autowired
    CommuneRegistry registry;

    ForumFixtures fixtures;

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
        fixtures = new ForumFixtures(forums, registry);
        browser.forgetEverything();
        browser.driver().manage().window().setSize(new Dimension(360, 800));
    }

    @AfterEach
    void backToDesktop() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void theBeniMellalForumShowsItsTimedAgendaInArabicAndFrench() {
        ForumView forum = fixtures.as("beni-mellal", () -> forums.schedule(DemoForums.beniMellalCitizenForum(), "test"));
        String page = PortalTest.BASE_URL + "/c/beni-mellal/forums/" + forum.id();

        browser.open(page + "?lang=ar");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.find("h1").getText()).contains("المنتدى المواطن");
        assertThat(browser.findAll("table.agenda tbody tr")).hasSize(9);
        assertThat(browser.find("table.agenda tbody tr:nth-child(8)").getText()).contains("12:45").contains("انتخاب ممثلي الأحياء");
        assertThat(browser.find("#register").getText()).contains("التسجيل مغلق");
        assertFitsThePhone();
        assertRightToLeft();
        browser.assertAccessible();
        browser.screenshot("forum-beni-mellal-ar-360");

        browser.open(page + "?lang=fr");
        assertThat(browser.html("dir")).isEqualTo("ltr");
        assertThat(browser.find("main").getText()).contains("Dar Chabab Maghreb Arabi").contains("Élection des représentants des quartiers");
        assertFitsThePhone();
        browser.assertAccessible();
        browser.screenshot("forum-beni-mellal-fr-360");

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/forums?lang=ar");
        assertThat(browser.find("main").getText()).contains("المنتدى المواطن");
        assertFitsThePhone();
        browser.assertAccessible();
        browser.screenshot("forums-list-ar-360");
    }

    @Test
    void aCitizenSignsInThroughKeycloakAndRegistersInArabic() {
        ForumView forum = fixtures.upcoming("beni-mellal", 80);

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/?lang=ar");
        browser.find("a[href$='/forums/" + forum.id() + "']").click();
        assertThat(browser.find("h1").getText()).isEqualTo(forum.localizedTitle().in("ar"));
        assertThat(browser.find("main").getText()).contains("تبقى 80 من أصل 80 مقعد");
        browser.assertAccessible();

        browser.find("#register a.button").click();
        browser.signInToKeycloak("bm.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/beni-mellal/forums/" + forum.id());
        browser.find("#register button[type=submit]").click();

        assertThat(browser.find("[role=status]").getText()).isEqualTo("تم تسجيلكم. نلقاكم في الموعد.");
        assertThat(browser.find("#register").getText()).contains("أنتم مسجلون في هذا اللقاء");
        assertThat(browser.find("main").getText()).contains("تبقى 79 من أصل 80 مقعد");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertFitsThePhone();
        assertRightToLeft();
        browser.assertAccessible();
        browser.screenshot("forum-registered-ar-360");
        assertThat(fixtures.as("beni-mellal", () -> forums.isRegistered(forum.id(), "bm.citizen"))).isTrue();
    }

    @Test
    void staffCheckPeopleInAtTheDoorInFrench() {
        ForumView forum = fixtures.upcoming("beni-mellal", null);
        fixtures.as("beni-mellal", () -> forums.register(forum.id(), "bm.citizen"));
        long number = fixtures.as("beni-mellal", () -> forums.doorList(forum.id())).getFirst().number();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/forums?lang=fr");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/beni-mellal/admin/forums");
        browser.assertAccessible();
        browser.find("a[href$='/admin/forums/" + forum.id() + "/door']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("Accueil et pointage à l’entrée");
        browser.assertAccessible();

        // The registered citizen, who agrees to answer.
        browser.find("#registrationNumber").sendKeys(String.valueOf(number));
        browser.driver().findElement(By.id("consent")).click();
        new Select(browser.driver().findElement(By.id("gender"))).selectByValue("WOMAN");
        new Select(browser.driver().findElement(By.id("ageBand"))).selectByValue("FROM_18_TO_35");
        submit();
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Présence enregistrée.");
        assertThat(browser.find(".count-attendees").getText()).isEqualTo("1");
        assertThat(browser.find(".count-women").getText()).isEqualTo("1");
        assertThat(browser.find(".count-youth").getText()).isEqualTo("1");

        // Someone without an account answers without ticking consent: refused, and what was chosen stays chosen.
        new Select(browser.find("#disability")).selectByValue("true");
        submit();
        assertThat(browser.find("[role=alert]").getText()).contains("N’enregistrez les données d’inclusion qu’avec l’accord");
        assertThat(new Select(browser.find("#disability")).getFirstSelectedOption().getAttribute("value")).isEqualTo("true");
        browser.assertAccessible();
        browser.driver().findElement(By.id("consent")).click();
        submit();
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Présence enregistrée.");
        assertThat(browser.find(".count-attendees").getText()).isEqualTo("2");
        assertThat(browser.find(".count-disability").getText()).isEqualTo("1");

        // The same registration twice is told apart.
        browser.find("#registrationNumber").sendKeys(String.valueOf(number));
        submit();
        assertThat(browser.find("[role=status]").getText()).isEqualTo("La présence de ce numéro est déjà enregistrée.");
        assertThat(browser.find(".count-attendees").getText()).isEqualTo("2");
        assertFitsThePhone();
        browser.assertAccessible();
        browser.screenshot("forum-door-fr-360");
    }

    @Test
    void theDoorSpeaksArabicRightToLeft() {
        ForumView forum = fixtures.upcoming("beni-mellal", null);
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/forums/" + forum.id() + "/door?lang=ar");
        browser.signInToKeycloak("bm.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/door");
        browser.find("#registrationNumber").sendKeys("999999");
        submit();
        assertThat(browser.find("[role=alert]").getText()).contains("لا يوجد تسجيل بهذا الرقم في هذا اللقاء");
        assertThat(browser.find("#registrationNumber").getAttribute("value")).isEqualTo("999999");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertFitsThePhone();
        assertRightToLeft();
        browser.assertAccessible();
        browser.screenshot("forum-door-ar-360");
    }

    private static void submit() {
        browser.driver().findElement(By.cssSelector("form.stack button[type=submit]")).click();
    }

    /** Nothing sticks out sideways at 360 px: the page never scrolls horizontally. */
    private static void assertFitsThePhone() {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(0);
    }

    /** Right to left on screen: the main heading hugs the right edge. */
    private static void assertRightToLeft() {
        WebElement heading = browser.find("h1");
        WebElement main = browser.find("main");
        int headingRight = heading.getRect().getX() + heading.getRect().getWidth();
        int mainRight = main.getRect().getX() + main.getRect().getWidth();
        assertThat(mainRight - headingRight).isLessThan(40);
        Object textAlign = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return getComputedStyle(arguments[0]).direction;", heading);
        assertThat(textAlign).isEqualTo("rtl");
    }
}
