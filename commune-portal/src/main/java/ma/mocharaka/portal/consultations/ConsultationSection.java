package ma.mocharaka.portal.consultations;

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

/** One part of the draft, which citizens comment on or propose changes to. */
@Entity
@Table(name = "consultation_section")
class ConsultationSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(nullable = false)
    private int position;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> body;

    protected ConsultationSection() {
    }

    ConsultationSection(long consultationId, int position, LocalizedText title, LocalizedText body) {
        this.consultationId = consultationId;
        this.position = position;
        this.title = title.values();
        this.body = body.values();
    }

    Long id() {
        return id;
    }

    Long consultationId() {
        return consultationId;
    }

    LocalizedText title() {
        return new LocalizedText(title);
    }

    LocalizedText body() {
        return new LocalizedText(body);
    }
}
