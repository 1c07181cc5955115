package ma.mocharaka.portal.budget;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A cycle as staff type it, in the admin form or as JSON. Every field is kept as typed so that a refused form comes
 * back as it was; {@link #check()} turns it into values the rules accept, or says what is wrong.
 */
public record CycleForm(String title, String description, String rule, String budgetMad, String maxChoices,
                        String minAge,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate informationFrom,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposalsFrom,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate delegatesFrom,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewFrom,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate voteFrom,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate resultsFrom,
                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate implementationFrom) {

    public static CycleForm empty() {
        return new CycleForm("", "", "KNAPSACK", "", "", "18", null, null, null, null, null, null, null);
    }

    static CycleForm of(BudgetViews.Cycle cycle) {
        BudgetSchedule dates = cycle.schedule();
        return new CycleForm(cycle.title(), cycle.description(), cycle.rule().name(), String.valueOf(cycle.budgetMad()),
                cycle.maxChoices() == null ? "" : String.valueOf(cycle.maxChoices()),
                cycle.minAge() == null ? "" : String.valueOf(cycle.minAge()),
                dates.informationFrom(), dates.proposalsFrom(), dates.delegatesFrom(), dates.reviewFrom(),
                dates.voteFrom(), dates.resultsFrom(), dates.implementationFrom());
    }

    Checked check() {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new BudgetRefused("budget.error.title");
        }
        if (description == null || description.isBlank()) {
            throw new BudgetRefused("budget.error.description");
        }
        VotingRule votingRule;
        try {
            votingRule = VotingRule.valueOf(rule == null ? "" : rule.strip());
        } catch (IllegalArgumentException unknown) {
            throw new BudgetRefused("budget.error.rule");
        }
        Long budget = number(budgetMad, "budget.error.budget");
        if (budget == null || budget < 1 || budget > 10_000_000_000L) {
            throw new BudgetRefused("budget.error.budget");
        }
        Long choices = number(maxChoices, "budget.error.maxChoices");
        if (votingRule == VotingRule.APPROVAL && (choices == null || choices < 1 || choices > 100)) {
            throw new BudgetRefused("budget.error.maxChoices");
        }
        Long age = number(minAge, "budget.error.minAge");
        if (age != null && (age < 1 || age > 120)) {
            throw new BudgetRefused("budget.error.minAge");
        }
        BudgetSchedule schedule = new BudgetSchedule(informationFrom, proposalsFrom, delegatesFrom, reviewFrom,
                voteFrom, resultsFrom, implementationFrom);
        schedule.check();
        return new Checked(title.strip(), description.strip(), votingRule, budget,
                choices == null ? null : choices.intValue(), age == null ? null : age.intValue(), schedule);
    }

    private static Long number(String typed, String errorKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(typed.strip().replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException notANumber) {
            throw new BudgetRefused(errorKey);
        }
    }

    /** A form the rules accept. */
    record Checked(String title, String description, VotingRule rule, long budgetMad, Integer maxChoices,
                   Integer minAge, BudgetSchedule schedule) {
    }
}
