package ma.mocharaka.portal.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which projects the vote selects: the projects in order of votes (ties: the cheaper first, then the older
 * proposal), each taken if it still fits in what is left of the budget and got at least one vote. Under both rules
 * the envelope is the limit; approval only differs in what a ballot may hold.
 */
final class ResultsTally {

    private ResultsTally() {
    }

    record Counted(long projectId, String title, long costMad, int votes) {
    }

    static List<BudgetViews.ResultLine> select(long budgetMad, List<Counted> counted) {
        List<Counted> ordered = new ArrayList<>(counted);
        ordered.sort(Comparator.comparingInt(Counted::votes).reversed()
                .thenComparingLong(Counted::costMad)
                .thenComparingLong(Counted::projectId));
        long left = budgetMad;
        List<BudgetViews.ResultLine> lines = new ArrayList<>();
        int rank = 0;
        for (Counted project : ordered) {
            rank++;
            boolean selected = project.votes() > 0 && project.costMad() <= left;
            if (selected) {
                left -= project.costMad();
            }
            lines.add(new BudgetViews.ResultLine(project.projectId(), project.title(), project.costMad(),
                    project.votes(), rank, selected));
        }
        return lines;
    }
}
