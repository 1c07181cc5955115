package ma.mocharaka.portal.actionplan;

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
@Table(name = "action_plan")
class ActionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> summary;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ActionPlan() {
    }

    ActionPlan(LocalizedText title, LocalizedText summary, LocalDate approvedOn, String createdBy) {
        this.title = title.values();
        this.summary = summary.values();
        this.approvedOn = approvedOn;
        this.createdBy = createdBy;
    }

    Long id() {
        return id;
    }

    LocalizedText title() {
        return new LocalizedText(title);
    }

    LocalizedText summary() {
        return new LocalizedText(summary);
    }

    LocalDate approvedOn() {
        return approvedOn;
    }
}
