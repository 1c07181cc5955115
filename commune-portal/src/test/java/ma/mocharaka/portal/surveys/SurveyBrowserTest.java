package ma.mocharaka.portal.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.residence.ResidenceVerification;

/** A citizen answers a survey in Arabic, signed; staff build one, type and import paper forms in French; results show. */
@PortalTest
class SurveyBrowserTest {

    /** The demo loader gives bm.citizen this fictitious card too, so tests and demo agree on one person. */
    private static final String DEMO_CITIZEN_CIN = "ZZ999001";

    private static Browser browser;

    @Autowired Surveys surveys;
    @Autowired ResidenceVerification residence;
    @Autowired CommuneRegistry registry;
    @Autowired JdbcClient jdbc;

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
    void aVerifiedCitizenAnswersInArabicSignedOnceAndSeesTheResults() {
        Commune beniMellal = registry.findBySlug("beni-mellal").orElseThrow();
        String titleFr = SurveyFixtures.uniqueTitle("Accueil");
        SurveyView survey = CurrentCommune.callAs(beniMellal, () -> {
            residence.verifyAtOffice(DEMO_CITIZEN_CIN, "مواطن(ة) تجريبي(ة)", "bm.citizen", "bm.staff");
            return SurveyFixtures.launched(surveys, titleFr, CommuneService.RECEPTION, Respondents.ANYONE,
                    surveys.today().minusDays(1), surveys.today().plusDays(10));
        });
        String title = "استطلاع " + titleFr;
        long id = survey.id();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/surveys?lang=ar");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.find("main").getText()).contains(title);
        browser.assertAccessible();
        browser.driver().findElement(By.linkText(title)).click();
        browser.waitForUrlContaining("/surveys/" + id);
        assertThat(browser.find("h1").getText()).isEqualTo(title);
        browser.assertAccessible();

        // Sent empty: the error comes back in Arabic.
        browser.clickAndWaitForNextPage("#send-answer");
        assertThat(browser.find("[role=alert]").getText()).contains("أجيبوا عن سؤال واحد على الأقل");
        browser.assertAccessible();

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/surveys/" + id + "/sign-in");
        browser.signInToKeycloak("bm.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/surveys/" + id);
        browser.find("#q" + survey.questions().get(0).id() + "-4").click();
        browser.find("#q" + survey.questions().get(1).id() + "-o" + survey.questions().get(1).options().get(0).id()).click();
        browser.find("#q" + survey.questions().get(2).id() + "-text").sendKeys("مواعيد أوضح من فضلكم");
        browser.find("#consent").click();
        new Select(browser.find("#gender")).selectByValue("WOMAN");
        new Select(browser.find("#ageBand")).selectByValue("FROM_18_TO_35");
        browser.find("#signed-true").click();
        browser.assertAccessible();
        browser.clickAndWaitForNextPage("#send-answer");
        assertThat(browser.find("[role=status]").getText()).contains("شكرا لكم");
        assertThat(browser.find("main").getText()).contains("لقد أجبتم على هذا الاستطلاع");
        assertThat(browser.findAll("#send-answer")).as("no second form for a signed respondent").isEmpty();
        browser.assertAccessible();
        browser.screenshot("survey-answered-ar");
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.survey_response WHERE survey_id = ? AND username = 'bm.citizen' AND gender = 'WOMAN'")
                .param(id).query(Long.class).single()).isEqualTo(1L);

        CurrentCommune.runAs(beniMellal, () -> surveys.publishResults(id, "bm.staff"));
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/surveys/" + id + "/results");
        assertThat(browser.find(".count-responses").getText()).isEqualTo("1");
        assertThat(browser.find(".mean").getText()).isEqualTo("4.00");
        assertThat(browser.find("main").getText()).contains("مواعيد أوضح من فضلكم").contains("أقل من 5");
        browser.assertAccessible();

        browser.driver().manage().window().setSize(new Dimension(360, 800));
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/surveys/" + id);
        Number width = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        browser.assertAccessible();
        browser.screenshot("survey-ar-360");
    }

    @Test
    void staffBuildASurveyTypeAndImportPaperFormsAndReadTheResultsInFrench() throws Exception {
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/surveys?lang=fr");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/beni-mellal/admin/surveys");
        browser.assertAccessible();

        String title = SurveyFixtures.uniqueTitle("Propreté du quartier");
        String today = surveys.today().toString();
        browser.find("#titlefr").sendKeys(title);
        setDate("opensOn", today);
        setDate("closesOn", surveys.today().plusDays(20).toString());
        browser.clickAndWaitForNextPage("#create-survey");
        assertThat(browser.find("[role=alert]").getText()).contains("Choisissez le service");
        assertThat(browser.find("#titlefr").getAttribute("value")).isEqualTo(title);
        browser.assertAccessible();
        new Select(browser.find("#service")).selectByValue("WASTE_COLLECTION");
        browser.clickAndWaitForNextPage("#create-survey");
        assertThat(browser.find("[role=status]").getText()).contains("créée en brouillon");

        browser.find("#promptfr").sendKeys("Êtes-vous satisfait(e) de la collecte ?");
        browser.clickAndWaitForNextPage("#save-question");
        assertThat(browser.find("[role=status]").getText()).contains("question est ajoutée");
        browser.find("#kind-CHOICE").click();
        browser.find("#promptfr").sendKeys("Les bacs sont-ils suffisants ?");
        browser.find("#optionsfr").sendKeys("Oui\nNon");
        browser.clickAndWaitForNextPage("#save-question");
        assertThat(browser.findAll(".question-list > li")).hasSize(2);
        browser.assertAccessible();
        browser.clickAndWaitForNextPage("#launch");
        assertThat(browser.find("[role=status]").getText()).contains("L’enquête est lancée");
        assertThat(browser.find("main").getText()).contains("Ouverte");
        browser.assertAccessible();

        browser.clickAndWaitForNextPage("#paper-link");
        browser.waitForUrlContaining("/paper");
        browser.assertAccessible();
        browser.find("#a1_1").sendKeys("5");
        browser.find("#a1_2").sendKeys("1");
        browser.find("#consent1").click();
        browser.find("#gender1").sendKeys("F");
        browser.find("#age1").sendKeys("2");
        browser.find("#a2_1").sendKeys("9");
        browser.find("#a2_2").sendKeys("Non");
        browser.clickAndWaitForNextPage("#save-paper");
        assertThat(browser.find("[role=alert]").getText()).contains("Rien n’est enregistré");
        assertThat(browser.find("#row-2 .row-problems").getText()).contains("de 1 à 5");
        assertThat(browser.find("#a2_1").getAttribute("value")).isEqualTo("9");
        assertThat(browser.find("#gender1").getAttribute("value")).isEqualTo("F");
        browser.assertAccessible();
        browser.find("#a2_1").clear();
        browser.find("#a2_1").sendKeys("3");
        browser.clickAndWaitForNextPage("#save-paper");
        assertThat(browser.find("[role=status]").getText()).contains("2 formulaires papier enregistrés");
        browser.assertAccessible();
        browser.screenshot("survey-paper-fr");

        Path bad = Files.createTempFile("formulaires-", ".csv");
        Files.writeString(bad, "q1;q2;date\n4;1;" + today + "\n8;2;" + today + "\n", StandardCharsets.UTF_8);
        browser.find("#file").sendKeys(bad.toAbsolutePath().toString());
        browser.clickAndWaitForNextPage("#preview-import");
        assertThat(browser.find(".import-summary").getText()).contains("2 formulaires, dont 1 avec des erreurs");
        assertThat(browser.find(".import-problems").getText()).contains("3").contains("de 1 à 5");
        assertThat(browser.findAll("#confirm-import")).isEmpty();
        browser.assertAccessible();
        Path good = Files.createTempFile("formulaires-", ".csv");
        Files.writeString(good, "q1;q2;date;consent;gender\n4;1;" + today + ";oui;H\n4;Oui;" + today + ";;\n4;2;" + today + ";;\n",
                StandardCharsets.UTF_8);
        browser.find("#file").sendKeys(good.toAbsolutePath().toString());
        browser.clickAndWaitForNextPage("#preview-import");
        assertThat(browser.find(".import-summary").getText()).contains("3 formulaires, dont 0 avec des erreurs");
        browser.assertAccessible();
        browser.clickAndWaitForNextPage("#confirm-import");
        assertThat(browser.find("[role=status]").getText()).contains("3 formulaires papier enregistrés");

        browser.find("main p a").click();
        browser.waitForUrlContaining("/admin/surveys/");
        browser.clickAndWaitForNextPage("#results-link");
        assertThat(browser.find(".count-responses").getText()).isEqualTo("5");
        assertThat(browser.find(".count-paper").getText()).isEqualTo("5");
        // (5 + 3 + 4 + 4 + 4) / 5
        assertThat(browser.find(".mean").getText()).isEqualTo("4.00");
        assertThat(browser.find("table.groups[data-question='1'] tr[data-group='GENDER.WOMAN'] .mean-cell").getText())
                .isEqualTo("5.00");
        assertThat(browser.find("table.groups[data-question='1'] tr[data-group='GENDER.MAN'] .mean-cell").getText())
                .isEqualTo("4.00");
        browser.assertAccessible();
        browser.screenshot("survey-results-admin-fr");

        browser.find("main p a").click();
        browser.waitForUrlContaining("/admin/surveys/");
        browser.clickAndWaitForNextPage("#publish");
        assertThat(browser.find("[role=status]").getText()).contains("résultats sont publiés");
        String editUrl = browser.driver().getCurrentUrl();
        String id = editUrl.replaceAll(".*/admin/surveys/(\\d+).*", "$1");
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/surveys/" + id + "/results?lang=fr");
        assertThat(browser.find(".count-responses").getText()).isEqualTo("5");
        assertThat(browser.find("main").getText()).contains("moins de 5");
        browser.assertAccessible();
        browser.screenshot("survey-results-public-fr");
    }

    private static void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }
}
