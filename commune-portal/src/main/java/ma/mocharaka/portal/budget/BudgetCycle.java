package ma.mocharaka.portal.budget;

import java.time.LocalDate;
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

/** One edition of the participatory budget: its rule, its envelope, its minimum age and its phase dates. */
@Entity
@Table(name = "budget_cycle")
class BudgetCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VotingRule rule;

    @Column(name = "budget_mad", nullable = false)
    private long budgetMad;

    @Column(name = "max_choices")
    private Integer maxChoices;

    @Column(name = "min_age")
    private Integer minAge;

    @Column(name = "information_from", nullable = false)
    private LocalDate informationFrom;
    @Column(name = "proposals_from", nullable = false)
    private LocalDate proposalsFrom;
    @Column(name = "delegates_from", nullable = false)
    private LocalDate delegatesFrom;
    @Column(name = "review_from", nullable = false)
    private LocalDate reviewFrom;
    @Column(name = "vote_from", nullable = false)
    private LocalDate voteFrom;
    @Column(name = "results_from", nullable = false)
    private LocalDate resultsFrom;
    @Column(name = "implementation_from", nullable = false)
    private LocalDate implementationFrom;

    @Column(name = "results_published_at")
    private OffsetDateTime resultsPublishedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected BudgetCycle() {
    }

    BudgetCycle(CycleForm.Checked form, String createdBy) {
        apply(form);
        this.createdBy = createdBy;
        this.createdAt = OffsetDateTime.now();
    }

    void apply(CycleForm.Checked form) {
        this.title = form.title();
        this.description = form.description();
        this.rule = form.rule();
        this.budgetMad = form.budgetMad();
        this.maxChoices = form.rule() == VotingRule.APPROVAL ? form.maxChoices() : null;
        this.minAge = form.minAge();
        BudgetSchedule dates = form.schedule();
        this.informationFrom = dates.informationFrom();
        this.proposalsFrom = dates.proposalsFrom();
        this.delegatesFrom = dates.delegatesFrom();
        this.reviewFrom = dates.reviewFrom();
        this.voteFrom = dates.voteFrom();
        this.resultsFrom = dates.resultsFrom();
        this.implementationFrom = dates.implementationFrom();
    }

    void publishResults() {
        this.resultsPublishedAt = OffsetDateTime.now();
    }

    long id() {
        return id;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    VotingRule rule() {
        return rule;
    }

    long budgetMad() {
        return budgetMad;
    }

    Integer maxChoices() {
        return maxChoices;
    }

    Integer minAge() {
        return minAge;
    }

    OffsetDateTime resultsPublishedAt() {
        return resultsPublishedAt;
    }

    String createdBy() {
        return createdBy;
    }

    BudgetSchedule schedule() {
        return new BudgetSchedule(informationFrom, proposalsFrom, delegatesFrom, reviewFrom, voteFrom, resultsFrom,
                implementationFrom);
    }
}
