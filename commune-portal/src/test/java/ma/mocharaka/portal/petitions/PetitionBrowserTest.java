package ma.mocharaka.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.residence.ResidenceVerification;

/** A citizen signs in Arabic; staff take a petition from draft to the council's decision in French. */
@PortalTest
class PetitionBrowserTest {

    /** The demo loader gives bm.citizen this fictitious card too, so tests and demo agree on one person. */
    private static final String DEMO_CITIZEN_CIN = "ZZ999001";

    private static Browser browser;

    @Autowired Petitions petitions;
    @Autowired ResidenceVerification residence;
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
    void aVerifiedCitizenSignsInArabicOnceAndThePageWorksAt360Pixels() {
        Commune beniMellal = registry.findBySlug("beni-mellal").orElseThrow();
        String title = PetitionFixtures.uniqueTitle("إنارة الحي");
        long id = CurrentCommune.callAs(beniMellal, () -> {
            residence.verifyAtOffice(DEMO_CITIZEN_CIN, "مواطن(ة) تجريبي(ة)", "bm.citizen", "bm.staff");
            PetitionDraft draft = new PetitionDraft(PetitionKind.CITIZENS, title, null, null, null,
                    "نطالب بإنارة الأزقة المظلمة في الحي.", null, null, null, "فاطمة الزهراء", "يوسف",
                    null, null, false, false, false);
            return petitions.openForSignatures(petitions.draft(draft, "bm.staff", petitions.today()).id(), "bm.staff",
                    petitions.today()).id();
        });

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/petitions?lang=ar");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.find("main").getText()).contains(title).contains("113.14");
        browser.assertAccessible();
        browser.driver().findElement(By.linkText(title)).click();
        browser.waitForUrlContaining("/petitions/" + id);
        assertThat(browser.find("h1").getText()).isEqualTo(title);
        assertThat(browser.find("main").getText()).contains("0 توقيعا من أصل 200");
        browser.assertAccessible();

        browser.clickAndWaitForNextPage("main a.button");
        browser.signInToKeycloak("bm.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/petitions/" + id + "/sign");
        browser.assertAccessible();
        browser.clickAndWaitForNextPage("main button[type=submit]");
        assertThat(browser.find("[role=alert]").getText()).contains("ضع علامة على التصريح");
        browser.assertAccessible();
        browser.find("#declaration").click();
        browser.clickAndWaitForNextPage("main button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("تم تسجيل توقيعكم");
        assertThat(browser.find("main").getText()).contains("1 توقيعا من أصل 200").contains("لقد وقعتم على هذه العريضة");
        browser.assertAccessible();
        browser.screenshot("petition-signed-ar");

        // Signing again through the form's address does not add a second signature.
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/petitions/" + id + "/sign");
        assertThat(browser.findAll("#declaration")).isEmpty();
        assertThat(CurrentCommune.callAs(beniMellal, () -> petitions.find(id).signatures())).isEqualTo(1);

        browser.driver().manage().window().setSize(new Dimension(360, 800));
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/petitions/" + id);
        Number width = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        browser.assertAccessible();
        browser.screenshot("petition-detail-ar-360");
    }

    @Test
    void staffTakeAPetitionFromDraftToTheCouncilsDecisionInFrench() {
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/petitions?lang=fr");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/beni-mellal/admin/petitions");
        browser.assertAccessible();

        // A draft without the deputy comes back with the error and everything typed still there.
        String title = PetitionFixtures.uniqueTitle("Bancs publics");
        browser.find("#titlefr").sendKeys(title);
        browser.find("#bodyfr").sendKeys("Installer des bancs ombragés le long du boulevard.");
        browser.find("#representativeName").sendKeys("Samira");
        browser.clickAndWaitForNextPage("#create-petition");
        assertThat(browser.find("[role=alert]").getText()).contains("Indiquez le nom du suppléant");
        assertThat(browser.find("#titlefr").getAttribute("value")).isEqualTo(title);
        browser.assertAccessible();
        browser.find("#deputyName").sendKeys("Karim");
        browser.clickAndWaitForNextPage("#create-petition");
        assertThat(browser.find("[role=status]").getText()).contains("brouillon de pétition est créé");
        browser.assertAccessible();

        browser.clickAndWaitForNextPage("#open");
        assertThat(browser.find("[role=status]").getText()).contains("collecte des signatures est ouverte");
        browser.clickAndWaitForNextPage("#submit");
        assertThat(browser.find("[role=alert]").getText()).contains("Dépôt impossible").contains("200");
        browser.assertAccessible();

        browser.find("#sheet").sendKeys("AB12\nnot-a-cin");
        browser.clickAndWaitForNextPage("#enter-paper");
        assertThat(browser.find("[role=alert]").getText()).contains("not-a-cin");
        assertThat(browser.find("#sheet").getAttribute("value")).contains("not-a-cin");
        browser.find("#sheet").clear();
        browser.find("#sheet").sendKeys(PetitionFixtures.sheet(200));
        browser.clickAndWaitForNextPage("#enter-paper");
        assertThat(browser.find("[role=status]").getText()).contains("200 signatures papier ajoutées");
        browser.assertAccessible();

        browser.clickAndWaitForNextPage("#submit");
        assertThat(browser.find("[role=status]").getText()).contains("récépissé est délivré");
        assertThat(browser.find(".receipt").getText()).startsWith("BENI-MELLAL-P-" + petitions.today().getYear());
        browser.assertAccessible();

        browser.clickAndWaitForNextPage("#admit");
        assertThat(browser.find("[role=alert]").getText()).contains("commission permanente");
        browser.find("#committee").sendKeys("Commission de l’urbanisme");
        browser.clickAndWaitForNextPage("#admit");
        assertThat(browser.find("[role=status]").getText()).contains("recevable");
        assertThat(browser.find("main").getText()).contains("Session").contains("Commission de l’urbanisme");
        browser.assertAccessible();

        // Deciding before the session opens is refused, and the note typed stays in the form.
        browser.find("#outcome-accepted").click();
        browser.find("#note").sendKeys("Vote à main levée");
        browser.clickAndWaitForNextPage("#decide");
        assertThat(browser.find("[role=alert]").getText()).contains("Le conseil décide en session");
        assertThat(browser.find("#note").getAttribute("value")).isEqualTo("Vote à main levée");
        browser.assertAccessible();

        // A petition admitted months ago, whose session has opened, gets the council's decision.
        Commune beniMellal = registry.findBySlug("beni-mellal").orElseThrow();
        String earlier = PetitionFixtures.uniqueTitle("Marché couvert");
        long onAgenda = CurrentCommune.callAs(beniMellal, () -> {
            LocalDate start = petitions.today().minusMonths(8);
            long id = petitions.draft(PetitionFixtures.citizens(earlier), "bm.staff", start).id();
            petitions.openForSignatures(id, "bm.staff", start);
            petitions.enterPaperSheet(id, PetitionFixtures.sheet(petitions.threshold().value()), "bm.staff");
            petitions.submit(id, "bm.staff", start);
            return petitions.declareAdmissible(id, "Commission des services publics", "bm.staff", start.plusDays(1)).id();
        });
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/petitions/" + onAgenda);
        browser.find("#outcome-accepted").click();
        browser.clickAndWaitForNextPage("#decide");
        assertThat(browser.find("[role=status]").getText()).contains("décision du conseil est enregistrée");
        assertThat(browser.find("main").getText()).contains("Approuvée par le conseil");
        browser.assertAccessible();
        browser.screenshot("petition-admin-fr");

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/petitions?lang=fr");
        browser.driver().findElement(By.linkText(earlier)).click();
        browser.waitForUrlContaining("/petitions/" + onAgenda);
        assertThat(browser.findAll(".petition-history li")).hasSize(5);
        assertThat(browser.find("main").getText()).containsPattern("Session (de |d’)\\S+ \\d{4}");
        browser.assertAccessible();
        browser.screenshot("petition-public-fr");
    }
}
