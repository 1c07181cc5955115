package ma.mocharaka.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The phase follows the dates alone; a phase whose start equals the next is skipped; bad dates are refused. */
class BudgetScheduleTest {

    private static final BudgetSchedule DATES = new BudgetSchedule(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1),
            LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 21),
            LocalDate.of(2025, 6, 1));

    @Test
    void eachDayFallsInExactlyOnePhase() {
        assertThat(DATES.phaseOn(LocalDate.of(2024, 12, 31))).isEqualTo(BudgetPhase.UPCOMING);
        assertThat(DATES.phaseOn(LocalDate.of(2025, 1, 1))).isEqualTo(BudgetPhase.INFORMATION);
        assertThat(DATES.phaseOn(LocalDate.of(2025, 2, 28))).isEqualTo(BudgetPhase.PROPOSALS);
        // Delegates start the same day as the review: there is no delegates phase in this cycle.
        assertThat(DATES.phaseOn(LocalDate.of(2025, 3, 1))).isEqualTo(BudgetPhase.REVIEW);
        assertThat(DATES.happens(BudgetPhase.DELEGATES)).isFalse();
        assertThat(DATES.phaseOn(LocalDate.of(2025, 4, 1))).isEqualTo(BudgetPhase.VOTE);
        assertThat(DATES.phaseOn(LocalDate.of(2025, 4, 20))).isEqualTo(BudgetPhase.VOTE);
        assertThat(DATES.lastDayOf(BudgetPhase.VOTE)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(DATES.phaseOn(LocalDate.of(2025, 4, 21))).isEqualTo(BudgetPhase.RESULTS);
        assertThat(DATES.phaseOn(LocalDate.of(2030, 1, 1))).isEqualTo(BudgetPhase.IMPLEMENTATION);
        assertThat(DATES.lastDayOf(BudgetPhase.IMPLEMENTATION)).isNull();
    }

    @Test
    void datesOutOfOrderMissingOrAVoteWithoutADayAreRefused() {
        LocalDate d = LocalDate.of(2025, 1, 1);
        assertThatThrownBy(() -> new BudgetSchedule(d, d.minusDays(1), d, d, d.plusDays(1), d.plusDays(2), d.plusDays(3)).check())
                .hasMessage("budget.error.datesOrder");
        assertThatThrownBy(() -> new BudgetSchedule(d, d, d, d, null, d.plusDays(2), d.plusDays(3)).check())
                .hasMessage("budget.error.dates");
        assertThatThrownBy(() -> new BudgetSchedule(d, d, d, d, d.plusDays(2), d.plusDays(2), d.plusDays(3)).check())
                .hasMessage("budget.error.voteLength");
    }

    @Test
    void winnersAreTakenInOrderOfVotesWhileTheyFitTheBudget() {
        // Budget 1,000: B (9 votes, 600) fits; A (7 votes, 500) no longer fits; C (7 votes, 300) does (tie: cheaper
        // first, so C ranks before A); D has no vote and is never selected even though 100 would fit.
        List<BudgetViews.ResultLine> lines = ResultsTally.select(1_000, List.of(
                new ResultsTally.Counted(1, "A", 500, 7), new ResultsTally.Counted(2, "B", 600, 9),
                new ResultsTally.Counted(3, "C", 300, 7), new ResultsTally.Counted(4, "D", 100, 0)));
        assertThat(lines).extracting(BudgetViews.ResultLine::title).containsExactly("B", "C", "A", "D");
        assertThat(lines).extracting(BudgetViews.ResultLine::rank).containsExactly(1, 2, 3, 4);
        assertThat(lines).extracting(BudgetViews.ResultLine::selected).containsExactly(true, true, false, false);
    }
}
