package ma.mocharaka.portal.budget;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The start dates of a cycle's seven phases. A phase runs from its start to the next phase's start; two equal
 * dates skip a phase (a cycle without delegates, say). The vote needs at least one day, so it closes by itself at
 * the start of the results phase, whatever anyone clicks.
 */
public record BudgetSchedule(LocalDate informationFrom, LocalDate proposalsFrom, LocalDate delegatesFrom,
                             LocalDate reviewFrom, LocalDate voteFrom, LocalDate resultsFrom,
                             LocalDate implementationFrom) {

    /** Refuses missing dates or dates out of order. */
    void check() {
        LocalDate[] dates = {informationFrom, proposalsFrom, delegatesFrom, reviewFrom, voteFrom, resultsFrom,
                implementationFrom};
        for (LocalDate date : dates) {
            if (date == null) {
                throw new BudgetRefused("budget.error.dates");
            }
        }
        for (int i = 1; i < dates.length; i++) {
            if (dates[i].isBefore(dates[i - 1])) {
                throw new BudgetRefused("budget.error.datesOrder");
            }
        }
        if (!voteFrom.isBefore(resultsFrom)) {
            throw new BudgetRefused("budget.error.voteLength");
        }
    }

    public BudgetPhase phaseOn(LocalDate today) {
        BudgetPhase phase = BudgetPhase.UPCOMING;
        for (Map.Entry<BudgetPhase, LocalDate> start : starts().entrySet()) {
            if (!today.isBefore(start.getValue())) {
                phase = start.getKey();
            }
        }
        return phase;
    }

    /** Each phase with its first day, in order. */
    public Map<BudgetPhase, LocalDate> starts() {
        Map<BudgetPhase, LocalDate> starts = new LinkedHashMap<>();
        starts.put(BudgetPhase.INFORMATION, informationFrom);
        starts.put(BudgetPhase.PROPOSALS, proposalsFrom);
        starts.put(BudgetPhase.DELEGATES, delegatesFrom);
        starts.put(BudgetPhase.REVIEW, reviewFrom);
        starts.put(BudgetPhase.VOTE, voteFrom);
        starts.put(BudgetPhase.RESULTS, resultsFrom);
        starts.put(BudgetPhase.IMPLEMENTATION, implementationFrom);
        return starts;
    }

    /** The last day of a phase (the day before the next phase starts), or null for implementation, which goes on. */
    public LocalDate lastDayOf(BudgetPhase phase) {
        if (phase == BudgetPhase.IMPLEMENTATION || phase == BudgetPhase.UPCOMING) {
            return null;
        }
        return starts().get(BudgetPhase.values()[phase.ordinal() + 1]).minusDays(1);
    }

    /** Whether a phase has any day at all (a phase whose start equals the next one's is skipped). */
    public boolean happens(BudgetPhase phase) {
        LocalDate last = lastDayOf(phase);
        return phase == BudgetPhase.IMPLEMENTATION || (last != null && !last.isBefore(starts().get(phase)));
    }
}
