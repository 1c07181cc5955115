package ma.mocharaka.portal.bodies;

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
@Table(name = "advisory_body")
class AdvisoryBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BodyKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> mandate;

    @Column(name = "created_on")
    private LocalDate createdOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected AdvisoryBody() {
    }

    AdvisoryBody(BodyKind kind, LocalizedText name, LocalizedText mandate, LocalDate createdOn, String createdBy) {
        this.kind = kind;
        this.name = name.values();
        this.mandate = mandate.values();
        this.createdOn = createdOn;
        this.createdBy = createdBy;
    }

    Long id() {
        return id;
    }

    BodyKind kind() {
        return kind;
    }

    LocalizedText name() {
        return new LocalizedText(name);
    }

    LocalizedText mandate() {
        return new LocalizedText(mandate);
    }

    LocalDate createdOn() {
        return createdOn;
    }
}
