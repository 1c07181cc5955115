package ma.mocharaka.portal.budget;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A step of a selected project's implementation, planned or done, shown publicly. */
@Entity
@Table(name = "budget_milestone")
class BudgetMilestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false)
    private String title;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected BudgetMilestone() {
    }

    BudgetMilestone(long projectId, String title, LocalDate dueOn, LocalDate doneOn, String createdBy) {
        this.projectId = projectId;
        this.title = title;
        this.dueOn = dueOn;
        this.doneOn = doneOn;
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now();
    }

    BudgetViews.Milestone view() {
        return new BudgetViews.Milestone(id, title, dueOn, doneOn);
    }
}
