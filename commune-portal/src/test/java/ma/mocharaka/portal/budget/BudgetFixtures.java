package ma.mocharaka.portal.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Cycles for tests, brought to a phase the way staff would: created with the proposals phase open, proposals
 * entered, dates moved to the review, projects reviewed, dates moved again. Never by writing to the tables.
 */
final class BudgetFixtures {

    static final String STAFF = "bm.staff";

    private BudgetFixtures() {
    }

    record Voting(long cycleId, List<Long> projects) {
    }

    static String uniqueTitle(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String randomCin() {
        return "BQ" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    static BudgetSchedule proposalsOpen(LocalDate today) {
        return new BudgetSchedule(today.minusDays(10), today, today.plusDays(20), today.plusDays(30),
                today.plusDays(40), today.plusDays(60), today.plusDays(90));
    }

    static BudgetSchedule inReview(LocalDate today) {
        return new BudgetSchedule(today.minusDays(60), today.minusDays(50), today.minusDays(30), today,
                today.plusDays(10), today.plusDays(30), today.plusDays(60));
    }

    static BudgetSchedule voting(LocalDate today) {
        return new BudgetSchedule(today.minusDays(75), today.minusDays(60), today.minusDays(30), today.minusDays(20),
                today.minusDays(5), today.plusDays(21), today.plusDays(50));
    }

    /** The vote closed yesterday's evening: results start today. */
    static BudgetSchedule voteClosed(LocalDate today) {
        return new BudgetSchedule(today.minusDays(75), today.minusDays(60), today.minusDays(30), today.minusDays(20),
                today.minusDays(5), today, today.plusDays(30));
    }

    static CycleForm form(String title, VotingRule rule, long budgetMad, Integer maxChoices, Integer minAge,
                          BudgetSchedule dates) {
        return new CycleForm(title, "Cycle de test", rule.name(), String.valueOf(budgetMad),
                maxChoices == null ? "" : String.valueOf(maxChoices), minAge == null ? "" : String.valueOf(minAge),
                dates.informationFrom(), dates.proposalsFrom(), dates.delegatesFrom(), dates.reviewFrom(),
                dates.voteFrom(), dates.resultsFrom(), dates.implementationFrom());
    }

    /** A cycle of the current commune in its vote, with one feasible project per cost given, in that order. */
    static Voting votingCycle(ParticipatoryBudget budget, String title, VotingRule rule, long budgetMad,
                              Integer maxChoices, Integer minAge, long... costs) {
        LocalDate today = budget.today();
        long id = budget.createCycle(form(title, rule, budgetMad, maxChoices, minAge, proposalsOpen(today)), STAFF).id();
        List<Long> projects = new ArrayList<>();
        for (int i = 0; i < costs.length; i++) {
            projects.add(budget.enterFromForum(id, title + " projet " + (char) ('A' + i), "Description " + i, null, STAFF).id());
        }
        budget.updateCycle(id, form(title, rule, budgetMad, maxChoices, minAge, inReview(today)), STAFF);
        for (int i = 0; i < costs.length; i++) {
            budget.review(id, projects.get(i), true, costs[i], null, STAFF);
        }
        budget.updateCycle(id, form(title, rule, budgetMad, maxChoices, minAge, voting(today)), STAFF);
        return new Voting(id, projects);
    }

    static void closeVote(ParticipatoryBudget budget, long cycleId) {
        BudgetViews.Cycle cycle = budget.cycle(cycleId);
        budget.updateCycle(cycleId, form(cycle.title(), cycle.rule(), cycle.budgetMad(), cycle.maxChoices(),
                cycle.minAge(), voteClosed(budget.today())), STAFF);
    }
}
