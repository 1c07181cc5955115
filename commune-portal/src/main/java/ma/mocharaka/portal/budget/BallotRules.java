package ma.mocharaka.portal.budget;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * What a ballot is checked against before it is written: the cycle's rule and window and the cost of each project on
 * the ballot, kept a few seconds per commune and cycle so that a busy vote does not read them again for every click.
 * A snapshot only ever lets a ballot go on to the statement, which checks everything again in the database; when a
 * snapshot says no, the caller looks again at fresh rows before refusing, so a stale snapshot can neither let a bad
 * ballot in nor keep a good one out.
 */
@Component
class BallotRules {

    private final Cache<Key, Snapshot> snapshots = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(5)).build();

    /** Takes a snapshot of fresh rows and keeps it for the next ballots. */
    Snapshot of(BudgetCycle cycle, List<BudgetProject> feasible) {
        Snapshot snapshot = snapshotOf(cycle, feasible);
        snapshots.put(key(cycle.id()), snapshot);
        return snapshot;
    }

    static Snapshot snapshotOf(BudgetCycle cycle, List<BudgetProject> feasible) {
        return new Snapshot(cycle.rule(), cycle.budgetMad(), cycle.maxChoices(), cycle.minAge(),
                cycle.schedule().voteFrom(), cycle.schedule().resultsFrom(), cycle.resultsPublishedAt() != null,
                feasible.stream().collect(Collectors.toUnmodifiableMap(BudgetProject::id, BudgetProject::costMad)));
    }

    Optional<Snapshot> cached(long cycleId) {
        return Optional.ofNullable(snapshots.getIfPresent(key(cycleId)));
    }

    /** Staff changed the cycle or its projects on this instance; other instances catch up within seconds. */
    void forget(long cycleId) {
        snapshots.invalidate(key(cycleId));
    }

    private static Key key(long cycleId) {
        return new Key(CurrentCommune.require().schemaName(), cycleId);
    }

    private record Key(String schema, long cycleId) {
    }

    record Snapshot(VotingRule rule, long budgetMad, Integer maxChoices, Integer minAge, LocalDate voteFrom,
                    LocalDate resultsFrom, boolean published, Map<Long, Long> costs) {

        void requireVoteOpen(LocalDate today) {
            if (today.isBefore(voteFrom)) {
                throw new BudgetRefused("budget.error.voteNotOpen", voteFrom.toString());
            }
            if (!today.isBefore(resultsFrom) || published) {
                throw new BudgetRefused("budget.error.voteClosed");
            }
        }

        /** Sum of the costs of the chosen projects, after checking them against the cycle's rule. */
        long total(List<Long> chosen) {
            if (chosen == null || chosen.isEmpty()) {
                throw new BudgetRefused("budget.error.emptyBallot");
            }
            if (new HashSet<>(chosen).size() != chosen.size()) {
                throw new BudgetRefused("budget.error.duplicateChoice");
            }
            if (chosen.stream().anyMatch(id -> id == null || !costs.containsKey(id))) {
                throw new BudgetRefused("budget.error.notOnBallot");
            }
            long total = chosen.stream().mapToLong(costs::get).sum();
            if (rule == VotingRule.APPROVAL && chosen.size() > maxChoices) {
                throw new BudgetRefused("budget.error.tooMany", String.valueOf(maxChoices),
                        String.valueOf(chosen.size()));
            }
            if (rule == VotingRule.KNAPSACK && total > budgetMad) {
                throw new BudgetRefused("budget.error.overBudget", ParticipatoryBudget.mad(total),
                        ParticipatoryBudget.mad(budgetMad), ParticipatoryBudget.mad(total - budgetMad));
            }
            return total;
        }

        /**
         * The card gives the year of birth, not always the day, so age is counted in years reached this calendar year.
         * Unknown year with a minimum age set: not eligible until staff record it at the office.
         */
        void requireAge(Integer birthYear, LocalDate today) {
            if (minAge == null) {
                return;
            }
            if (birthYear == null) {
                throw new BudgetRefused("budget.error.ageUnknown", String.valueOf(minAge));
            }
            if (today.getYear() - birthYear < minAge) {
                throw new BudgetRefused("budget.error.tooYoung", String.valueOf(minAge));
            }
        }
    }
}
