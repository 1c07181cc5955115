package ma.mocharaka.portal.budget;

/** Approval: choose up to k projects. Knapsack: choose projects whose costs add up to at most the budget. */
public enum VotingRule {
    APPROVAL, KNAPSACK
}
