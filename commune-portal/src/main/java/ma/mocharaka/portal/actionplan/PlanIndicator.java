package ma.mocharaka.portal.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import ma.mocharaka.platform.i18n.LocalizedText;

@Entity
@Table(name = "plan_indicator")
class PlanIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id", nullable = false, updatable = false)
    private Long actionId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> label;

    @Column(nullable = false)
    private String unit;

    @Column(nullable = false)
    private BigDecimal baseline;

    @Column(nullable = false)
    private BigDecimal target;

    @Column(name = "current_value")
    private BigDecimal currentValue;

    @Column(name = "measured_on")
    private LocalDate measuredOn;

    protected PlanIndicator() {
    }

    PlanIndicator(long actionId, ActionPlanDraft.Indicator draft) {
        this.actionId = actionId;
        this.label = draft.label().values();
        this.unit = draft.unit();
        this.baseline = draft.baseline();
        this.target = draft.target();
    }

    void measure(BigDecimal value, LocalDate on) {
        this.currentValue = value;
        this.measuredOn = on;
    }

    Long id() {
        return id;
    }

    Long actionId() {
        return actionId;
    }

    LocalizedText label() {
        return new LocalizedText(label);
    }

    String unit() {
        return unit;
    }

    BigDecimal baseline() {
        return baseline;
    }

    BigDecimal target() {
        return target;
    }

    BigDecimal currentValue() {
        return currentValue;
    }

    LocalDate measuredOn() {
        return measuredOn;
    }
}
