package ma.mocharaka.portal.information;

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

/** A day off in the commune's working-day calendar: national, religious (lunar, confirmed late) or local. */
@Entity
@Table(name = "info_holiday")
class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate day;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> name;

    private String kind;

    @Column(name = "updated_by")
    private String updatedBy;

    protected Holiday() {
    }

    Holiday(LocalDate day, LocalizedText name, String kind, String updatedBy) {
        this.day = day;
        this.name = name.values();
        this.kind = kind;
        this.updatedBy = updatedBy;
    }

    Long id() { return id; }
    LocalDate day() { return day; }
    LocalizedText name() { return new LocalizedText(name); }
    String kind() { return kind; }
}
