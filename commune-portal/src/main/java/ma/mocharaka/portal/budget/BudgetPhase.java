package ma.mocharaka.portal.budget;

/** The seven phases of a cycle, in order, plus the time before it starts. Computed from dates, never stored. */
public enum BudgetPhase {
    UPCOMING, INFORMATION, PROPOSALS, DELEGATES, REVIEW, VOTE, RESULTS, IMPLEMENTATION;

    boolean isBefore(BudgetPhase other) {
        return ordinal() < other.ordinal();
    }
}
