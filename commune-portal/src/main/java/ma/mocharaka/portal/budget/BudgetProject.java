package ma.mocharaka.portal.budget;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A proposal; once feasible it is a project on the ballot, and if the vote selects it, it is implemented. */
@Entity
@Table(name = "budget_project")
class BudgetProject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private long cycleId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column
    private String neighbourhood;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProjectSource source;

    @Column
    private String author;

    @Column(name = "entered_by", nullable = false)
    private String enteredBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    @Column(name = "cost_mad")
    private Long costMad;

    @Column(name = "review_reason")
    private String reviewReason;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column
    private Integer votes;

    @Column(nullable = false)
    private boolean selected;

    @Column(name = "result_rank")
    private Integer resultRank;

    @Column(nullable = false)
    private int progress;

    @Version
    private long version;

    protected BudgetProject() {
    }

    BudgetProject(long cycleId, String title, String description, String neighbourhood, ProjectSource source,
                  String author, String enteredBy) {
        this.cycleId = cycleId;
        this.title = title;
        this.description = description;
        this.neighbourhood = neighbourhood;
        this.source = source;
        this.author = author;
        this.enteredBy = enteredBy;
        this.submittedAt = OffsetDateTime.now();
        this.status = ProjectStatus.SUBMITTED;
    }

    void judgeFeasible(long costMad, String reviewer) {
        this.status = ProjectStatus.FEASIBLE;
        this.costMad = costMad;
        this.reviewReason = null;
        this.reviewedBy = reviewer;
        this.reviewedAt = OffsetDateTime.now();
    }

    void reject(String reason, String reviewer) {
        this.status = ProjectStatus.REJECTED;
        this.reviewReason = reason;
        this.reviewedBy = reviewer;
        this.reviewedAt = OffsetDateTime.now();
    }

    void recordResult(int votes, int rank, boolean selected) {
        this.votes = votes;
        this.resultRank = rank;
        this.selected = selected;
    }

    void setProgress(int progress) {
        this.progress = progress;
    }

    long id() {
        return id;
    }

    long cycleId() {
        return cycleId;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String neighbourhood() {
        return neighbourhood;
    }

    ProjectSource source() {
        return source;
    }

    String author() {
        return author;
    }

    OffsetDateTime submittedAt() {
        return submittedAt;
    }

    ProjectStatus status() {
        return status;
    }

    Long costMad() {
        return costMad;
    }

    String reviewReason() {
        return reviewReason;
    }

    Integer votes() {
        return votes;
    }

    boolean selected() {
        return selected;
    }

    Integer resultRank() {
        return resultRank;
    }

    int progress() {
        return progress;
    }
}
