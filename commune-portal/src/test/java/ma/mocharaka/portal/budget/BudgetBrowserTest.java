package ma.mocharaka.portal.budget;

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

/** A citizen votes in a knapsack budget in Arabic and in French; staff publish the results. axe-core on each page. */
@PortalTest
class BudgetBrowserTest {

    /** The demo loaders give bm.citizen this fictitious card too, so tests and demo agree on one person. */
    private static final String DEMO_CITIZEN_CIN = "ZZ999001";

    private static Browser browser;

    @Autowired ParticipatoryBudget budget;
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
    void aVerifiedCitizenVotesInArabicWithinTheBudgetAndThePageWorksAt360Pixels() {
        String title = BudgetFixtures.uniqueTitle("الميزانية التشاركية");
        BudgetFixtures.Voting cycle = votingCycleForTheDemoCitizen(title);
        long big = cycle.projects().get(0);
        long medium = cycle.projects().get(1);
        long small = cycle.projects().get(2);

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/budget?lang=ar");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.find("main").getText()).contains(title);
        browser.assertAccessible();
        browser.driver().findElement(By.linkText(title)).click();
        browser.waitForUrlContaining("/budget/" + cycle.cycleId());
        assertThat(browser.find("h1").getText()).isEqualTo(title);
        assertThat(browser.find(".budget-timeline [aria-current=step]").getText()).contains("التصويت");
        browser.assertAccessible();

        browser.find("#vote").click();
        browser.signInToKeycloak("bm.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/budget/" + cycle.cycleId() + "/vote");
        assertThat(browser.find("#remaining").getText()).contains("1 000 000");
        browser.assertAccessible();

        // 600,000 + 500,000 is over the 1,000,000 envelope: refused, with the amounts, and the ticks are kept.
        browser.find("#project-" + big).click();
        browser.find("#project-" + medium).click();
        browser.clickAndWaitForNextPage("#cast");
        assertThat(browser.find("[role=alert]").getText()).contains("يتجاوز الغلاف المالي").contains("100 000");
        assertThat(browser.find("#project-" + big).isSelected()).isTrue();
        assertThat(browser.find("#project-" + medium).isSelected()).isTrue();
        browser.assertAccessible();

        browser.find("#project-" + medium).click();
        browser.find("#project-" + small).click();
        browser.clickAndWaitForNextPage("#cast");
        assertThat(browser.find("[role=status]").getText()).contains("تم تسجيل تصويتكم");
        assertThat(browser.find("#remaining").getText()).contains("100 000");
        assertThat(browser.findAll(".budget-my-choices li")).hasSize(2);
        browser.assertAccessible();
        browser.screenshot("budget-vote-ar");

        browser.driver().manage().window().setSize(new Dimension(360, 800));
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/budget/" + cycle.cycleId() + "/vote");
        browser.find("#remaining");
        Number width = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        browser.assertAccessible();
        browser.screenshot("budget-vote-ar-360");
        assertThat(CurrentCommune.callAs(beniMellal(), () -> budget.ballotOf(cycle.cycleId(), "bm.citizen")
                .orElseThrow().projects())).containsExactlyInAnyOrder(big, small);
    }

    @Test
    void aCitizenVotesAndChangesTheBallotInFrenchThenStaffPublishTheResults() {
        String title = BudgetFixtures.uniqueTitle("Budget participatif");
        BudgetFixtures.Voting cycle = votingCycleForTheDemoCitizen(title);
        long big = cycle.projects().get(0);
        long small = cycle.projects().get(2);

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/budget/" + cycle.cycleId() + "?lang=fr");
        assertThat(browser.html("dir")).isEqualTo("ltr");
        assertThat(browser.find("main").getText()).contains("Enveloppe").contains("Vote");
        browser.assertAccessible();
        browser.find("#vote").click();
        browser.signInToKeycloak("bm.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/budget/" + cycle.cycleId() + "/vote");
        browser.find("#project-" + big).click();
        browser.clickAndWaitForNextPage("#cast");
        assertThat(browser.find("[role=status]").getText()).contains("Votre vote est enregistré");
        assertThat(browser.find("#remaining").getText()).contains("400 000");
        assertThat(browser.find(".budget-ballot-state").getText()).contains("modifier jusqu’à la clôture");
        browser.assertAccessible();

        browser.find("#project-" + big).click();
        browser.find("#project-" + small).click();
        browser.clickAndWaitForNextPage("#cast");
        assertThat(browser.find("[role=status]").getText()).contains("Votre bulletin est modifié");
        assertThat(browser.find("#remaining").getText()).contains("700 000");
        browser.assertAccessible();
        browser.screenshot("budget-vote-fr");

        // The vote closes (the results phase starts today); staff count and publish.
        CurrentCommune.runAs(beniMellal(), () -> BudgetFixtures.closeVote(budget, cycle.cycleId()));
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/budget/" + cycle.cycleId() + "/vote");
        assertThat(browser.find(".budget-ballot-state").getText()).contains("définitif");
        assertThat(browser.findAll("#cast")).isEmpty();
        browser.assertAccessible();

        browser.forgetEverything();
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/budget/" + cycle.cycleId() + "?lang=fr");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/admin/budget/" + cycle.cycleId());
        assertThat(browser.find("#tally-heading").getText()).contains("Résultats");
        browser.assertAccessible();
        browser.clickAndWaitForNextPage("#publish-results");
        assertThat(browser.find("[role=status]").getText()).contains("Les résultats sont publiés");
        browser.assertAccessible();
        browser.screenshot("budget-admin-fr");

        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/budget/" + cycle.cycleId());
        assertThat(browser.find("#results-heading").getText()).contains("Résultats");
        assertThat(browser.findAll(".budget-results tbody tr")).hasSize(3);
        assertThat(browser.find(".budget-results tbody tr").getText()).contains("1");
        assertThat(browser.findAll(".budget-implementation progress")).hasSize(1);
        browser.assertAccessible();
        browser.screenshot("budget-results-fr");
    }

    @Test
    void aCitizenProposesInFrenchAndStaffSeeTheProposalToReview() {
        String title = BudgetFixtures.uniqueTitle("Propositions");
        long cycle = CurrentCommune.callAs(beniMellal(), () -> budget.createCycle(BudgetFixtures.form(title,
                VotingRule.APPROVAL, 500_000, 3, null, BudgetFixtures.proposalsOpen(budget.today())), "bm.staff").id());
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/budget/" + cycle + "?lang=fr");
        browser.find("#propose").click();
        browser.signInToKeycloak("bm.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/budget/" + cycle + "/propose");
        browser.assertAccessible();
        // Without a description the proposal comes back with the error and the title typed.
        String proposal = BudgetFixtures.uniqueTitle("Fontaine publique");
        browser.find("#title").sendKeys(proposal);
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('description').removeAttribute('required')");
        browser.clickAndWaitForNextPage("#send-proposal");
        assertThat(browser.find("[role=alert]").getText()).contains("Décrivez le projet");
        assertThat(browser.find("#title").getAttribute("value")).isEqualTo(proposal);
        browser.assertAccessible();
        browser.find("#description").sendKeys("Une fontaine d’eau potable près du marché.");
        browser.clickAndWaitForNextPage("#send-proposal");
        assertThat(browser.find("[role=status]").getText()).contains("Votre proposition est enregistrée");
        assertThat(browser.find(".budget-projects").getText()).contains(proposal).contains("En attente");
        browser.assertAccessible();

        browser.forgetEverything();
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/budget?lang=fr");
        browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/admin/budget");
        browser.find("#create-cycle");
        browser.assertAccessible();
        browser.driver().findElement(By.linkText(title)).click();
        browser.waitForUrlContaining("/admin/budget/" + cycle);
        assertThat(browser.find("main").getText()).contains(proposal);
        browser.assertAccessible();
    }

    /** A knapsack cycle in its vote with 600,000, 500,000 and 300,000 MAD projects; bm.citizen verified, born 1990. */
    private BudgetFixtures.Voting votingCycleForTheDemoCitizen(String title) {
        return CurrentCommune.callAs(beniMellal(), () -> {
            residence.verifyAtOffice(DEMO_CITIZEN_CIN, "مواطن(ة) تجريبي(ة)", "bm.citizen", 1990, "bm.staff");
            return BudgetFixtures.votingCycle(budget, title, VotingRule.KNAPSACK, 1_000_000, null, 18,
                    600_000, 500_000, 300_000);
        });
    }

    private Commune beniMellal() {
        return registry.findBySlug("beni-mellal").orElseThrow();
    }
}
