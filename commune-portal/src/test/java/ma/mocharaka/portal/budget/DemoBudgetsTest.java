package ma.mocharaka.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.tenancy.ForEachCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.residence.ResidenceVerification;

/** The demo data goes through the same rules as real cycles, and loading it twice changes nothing. */
@PortalTest
class DemoBudgetsTest {

    @Autowired ParticipatoryBudget budget;
    @Autowired ResidenceVerification residence;
    @Autowired CommuneRegistry registry;
    @Autowired ForEachCommune forEachCommune;

    @Test
    void beniMellalVotesOnAKnapsackBudgetAndDemnateFollowsThePlaygroundOfAgdain() {
        DemoBudgets demo = new DemoBudgets(forEachCommune, budget, residence);
        CurrentCommune.runAs(registry.findBySlug("beni-mellal").orElseThrow(), () -> {
            demo.loadBeniMellal();
            int before = budget.cycles().size();
            demo.loadBeniMellal();
            assertThat(budget.cycles()).hasSize(before);
            BudgetViews.Cycle cycle = budget.cycles().stream().filter(c -> c.title().contains("بني ملال")).findFirst()
                    .orElseThrow();
            assertThat(cycle.phase()).isEqualTo(BudgetPhase.VOTE);
            assertThat(cycle.rule()).isEqualTo(VotingRule.KNAPSACK);
            assertThat(budget.projects(cycle.id())).filteredOn(p -> p.status() == ProjectStatus.FEASIBLE).hasSize(5);
            assertThat(budget.projects(cycle.id())).filteredOn(p -> p.status() == ProjectStatus.REJECTED)
                    .allSatisfy(p -> assertThat(p.reviewReason()).isNotBlank());
            assertThat(budget.whyNotEligible(cycle.id(), "bm.citizen")).isEmpty();
        });
        CurrentCommune.runAs(registry.findBySlug("demnat").orElseThrow(), () -> {
            demo.loadDemnat();
            int before = budget.cycles().size();
            demo.loadDemnat();
            assertThat(budget.cycles()).hasSize(before);
            BudgetViews.Cycle cycle = budget.cycles().stream().filter(c -> c.title().contains("دمنات")).findFirst()
                    .orElseThrow();
            assertThat(cycle.phase()).isEqualTo(BudgetPhase.IMPLEMENTATION);
            assertThat(cycle.resultsPublished()).isTrue();
            BudgetViews.Project playground = budget.projects(cycle.id()).stream()
                    .filter(p -> p.title().contains("مسجد الجنيد")).findFirst().orElseThrow();
            assertThat(playground.selected()).isTrue();
            assertThat(playground.votes()).isEqualTo(16);
            assertThat(playground.progress()).isEqualTo(100);
            assertThat(playground.milestones()).hasSize(3);
            assertThat(budget.publishedResults(cycle.id()).orElseThrow().ballots()).isEqualTo(24);
        });
    }
}
