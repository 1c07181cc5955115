package ma.mocharaka.portal.budget;

/** Where a proposal stands after the technical and financial feasibility review. */
public enum ProjectStatus {
    SUBMITTED, FEASIBLE, REJECTED
}
