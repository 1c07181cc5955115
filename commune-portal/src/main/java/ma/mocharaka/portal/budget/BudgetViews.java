package ma.mocharaka.portal.budget;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What pages and the API show of a cycle, its projects and a ballot; never an account or a CIN. */
public final class BudgetViews {

    private BudgetViews() {
    }

    public record Cycle(long id, String title, String description, VotingRule rule, long budgetMad,
                        Integer maxChoices, Integer minAge, BudgetSchedule schedule, BudgetPhase phase,
                        OffsetDateTime resultsPublishedAt) {

        public boolean resultsPublished() {
            return resultsPublishedAt != null;
        }

        public boolean voteOpen() {
            return phase == BudgetPhase.VOTE && resultsPublishedAt == null;
        }

        public LocalDate voteClosesAfter() {
            return schedule.lastDayOf(BudgetPhase.VOTE);
        }
    }

    public record Project(long id, long cycleId, String title, String description, String neighbourhood,
                          ProjectSource source, ProjectStatus status, Long costMad, String reviewReason,
                          Integer votes, Integer resultRank, boolean selected, int progress,
                          List<Milestone> milestones, List<Long> photoIds) {
    }

    public record Milestone(long id, String title, LocalDate dueOn, LocalDate doneOn) {
    }

    /** A voter's own ballot: what they chose and what is left of the budget. */
    public record Ballot(long cycleId, List<Long> projects, long totalMad, long remainingMad, String channel,
                         OffsetDateTime castAt, OffsetDateTime changedAt, boolean changeable) {
    }

    /** One line of the results: the counts are public once published. */
    public record ResultLine(long projectId, String title, long costMad, int votes, int rank, boolean selected) {
    }

    public record Results(long cycleId, VotingRule rule, long budgetMad, long ballots, long spentMad,
                          List<ResultLine> lines, OffsetDateTime publishedAt) {
    }
}
