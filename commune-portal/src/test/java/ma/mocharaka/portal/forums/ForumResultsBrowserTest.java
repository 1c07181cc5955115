package ma.mocharaka.portal.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.bodies.AdvisoryBodies;
import ma.mocharaka.portal.bodies.BodyKind;
import ma.mocharaka.portal.bodies.BodyView;
import ma.mocharaka.portal.demo.DemoForums;
import ma.mocharaka.portal.inclusion.InclusionAnswers;

/**
 * In a real Chromium at 360 px: staff enter a forum's results and cancel a forum, the public sees both in Arabic
 * (right to left) and French, and a walk-in's vote is recorded at the door; axe finds nothing on any page.
 */
@PortalTest
class ForumResultsBrowserTest {

    private static Browser browser;

    @Autowired
    Forums forums;
    @Autowired
    AdvisoryBodies bodies;
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

    @Test
    void staffEnterResultsInFrenchAndThePublicReadsThemInArabic() throws Exception {
        ForumView held = fixtures.as("beni-mellal", () -> forums.schedule(DemoForums.beniMellalCitizenForum(), "test"));
        String manage = PortalTest.BASE_URL + "/c/beni-mellal/admin/forums/" + held.id();

        browser.open(manage + "?lang=fr");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/admin/forums/" + held.id());
        assertThat(browser.find("h1").getText()).isEqualTo("Gérer une rencontre");
        browser.assertAccessible();

        browser.find("#proposalTextar").sendKeys("تهيئة مساحات خضراء بالمدينة القديمة");
        browser.find("#proposalTextfr").sendKeys("Aménager des espaces verts dans la médina");
        browser.find("#proposalThemefr").sendKeys("Environnement");
        browser.clickAndWaitForNextPage("form[action$='/proposals'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Proposition ajoutée.");

        Path pdf = Files.createTempFile("synthese-", ".pdf");
        Files.write(pdf, ForumResultsTest.PDF);
        browser.find("#document").sendKeys(pdf.toAbsolutePath().toString());
        browser.clickAndWaitForNextPage("form[action$='/documents'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Document ajouté.");
        assertThat(browser.findAll("li.document")).hasSize(1);
        assertFitsThePhone();
        browser.assertAccessible();
        browser.screenshot("forum-results-admin-fr-360");

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/forums/" + held.id() + "?lang=ar");
        browser.find("#results");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.find("#results").getText()).contains("النتائج").contains("تهيئة مساحات خضراء بالمدينة القديمة")
                .contains(pdf.getFileName().toString());
        assertRightToLeft();
        assertFitsThePhone();
        browser.assertAccessible();
        browser.screenshot("forum-results-ar-360");

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/forums/" + held.id() + "?lang=fr");
        assertThat(browser.find("#results").getText()).contains("Aménager des espaces verts dans la médina").contains("Environnement");
        browser.assertAccessible();
    }

    @Test
    void anAdministratorCancelsAForumInArabicAndThePublicSeesWhy() {
        ForumView forum = fixtures.upcoming("beni-mellal", 30);
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/forums/" + forum.id() + "?lang=ar");
        browser.signInToKeycloak("bm.admin", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/admin/forums/" + forum.id());
        browser.assertAccessible();

        browser.clickAndWaitForNextPage("form[action$='/cancellation'] button[type=submit]");
        assertThat(browser.find("form[action$='/cancellation'] [role=alert]").getText()).contains("اكتب سبب الإلغاء");
        browser.assertAccessible();
        browser.find("#reasonar").sendKeys("تأجيل بسبب الأحوال الجوية");
        browser.clickAndWaitForNextPage("form[action$='/cancellation'] button[type=submit]");
        assertThat(browser.find("p[role=status]").getText()).contains("تم إلغاء المنتدى");
        assertThat(browser.findAll("form[action$='/cancellation']")).as("nothing left to cancel").isEmpty();
        assertRightToLeft();
        browser.assertAccessible();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/forums/" + forum.id() + "?lang=ar");
        assertThat(browser.find(".cancelled").getText()).contains("تم إلغاء هذا المنتدى").contains("تأجيل بسبب الأحوال الجوية");
        assertThat(browser.findAll("#register button, #register a.button")).isEmpty();
        assertFitsThePhone();
        browser.assertAccessible();
        browser.screenshot("forum-cancelled-ar-360");
    }

    @Test
    void staffRecordAWalkInsVoteAndTheElectedJoinTheirCommitteeInFrench() {
        ForumView forum = fixtures.upcoming("beni-mellal", null);
        String committeeName = "Comité Hay Nour " + forum.id();
        long committee = fixtures.as("beni-mellal", () -> bodies.create(BodyKind.NEIGHBOURHOOD_COMMITTEE,
                LocalizedText.of(null, committeeName, null, null), LocalizedText.of(null, "Quartier", null, null),
                LocalDate.of(2025, 1, 1), "bm.admin"));
        long door = fixtures.as("beni-mellal", () -> forums.admit(forum.id(), Optional.empty(),
                InclusionAnswers.declined(), "bm.staff")).doorNumber();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/forums/" + forum.id() + "/elections?lang=fr");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/elections");
        browser.find("#neighbourhoodfr").sendKeys("Hay Nour");
        new Select(browser.find("#committee")).selectByVisibleText(committeeName);
        browser.find("#candidates").sendKeys("Amina\nYoussef");
        browser.clickAndWaitForNextPage("form.stack button[type=submit]");
        assertThat(browser.find(".committee").getText()).contains(committeeName);
        browser.clickAndWaitForNextPage("form[action$='/open'] button");
        browser.assertAccessible();

        browser.find("input[name=doorNumber]").sendKeys(String.valueOf(door));
        WebElement amina = browser.driver().findElements(By.cssSelector(".walk-in label")).stream()
                .filter(label -> label.getText().equals("Amina")).findFirst().orElseThrow();
        amina.click();
        browser.clickAndWaitForNextPage(".walk-in button[type=submit]");
        assertThat(browser.find(".walk-in [role=status]").getText()).isEqualTo("Vote enregistré.");

        browser.find("input[name=doorNumber]").sendKeys(String.valueOf(door));
        browser.driver().findElements(By.cssSelector(".walk-in label")).getLast().click();
        browser.clickAndWaitForNextPage(".walk-in button[type=submit]");
        assertThat(browser.find(".walk-in [role=status]").getText()).isEqualTo("Un vote est déjà enregistré pour ce numéro.");
        assertThat(browser.find("input[name=doorNumber]").getAttribute("value")).isEqualTo(String.valueOf(door));
        assertFitsThePhone();
        browser.assertAccessible();
        browser.screenshot("delegates-walk-in-fr-360");

        browser.clickAndWaitForNextPage("form[action$='/close'] button");
        assertThat(browser.find("ol.results").getText()).contains("Amina");
        BodyView joined = fixtures.as("beni-mellal", () -> bodies.find(committee));
        assertThat(joined.members()).extracting(BodyView.Member::name).containsExactly("Amina");
    }

    private static void assertFitsThePhone() {
        Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow at 360 px").isLessThanOrEqualTo(0);
    }

    /** Right to left on screen: the main heading hugs the right edge and computes as rtl. */
    private static void assertRightToLeft() {
        WebElement heading = browser.find("h1");
        WebElement main = browser.find("main");
        int headingRight = heading.getRect().getX() + heading.getRect().getWidth();
        int mainRight = main.getRect().getX() + main.getRect().getWidth();
        assertThat(mainRight - headingRight).isLessThan(40);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                "return getComputedStyle(arguments[0]).direction;", heading)).isEqualTo("rtl");
    }
}
