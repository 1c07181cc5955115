package ma.mocharaka.portal.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import ma.mocharaka.platform.i18n.LocalizedText;

@Entity
@Table(name = "plan_action")
class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(nullable = false)
    private int position;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> owner;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "budget_mad")
    private BigDecimal budgetMad;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    @Column(nullable = false)
    private int progress;

    protected PlanAction() {
    }

    PlanAction(long planId, int position, ActionPlanDraft.Action draft) {
        this.planId = planId;
        this.position = position;
        this.title = draft.title().values();
        this.owner = draft.owner().values();
        this.startsOn = draft.startsOn();
        this.endsOn = draft.endsOn();
        this.budgetMad = draft.budgetMad();
        this.status = draft.status();
        this.progress = draft.progress();
    }

    /** A done action is at 100 % whatever was typed: the schema holds the same rule. */
    void report(ActionStatus status, int progress) {
        this.status = status;
        this.progress = status == ActionStatus.DONE ? 100 : progress;
    }

    int position() {
        return position;
    }

    Long id() {
        return id;
    }

    Long planId() {
        return planId;
    }

    LocalizedText title() {
        return new LocalizedText(title);
    }

    LocalizedText owner() {
        return new LocalizedText(owner);
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    BigDecimal budgetMad() {
        return budgetMad;
    }

    ActionStatus status() {
        return status;
    }

    int progress() {
        return progress;
    }
}
