package ma.mocharaka.portal.information;

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

/** A document the commune publishes of its own accord: a stored file (CommuneFiles) or a link to where it lives. */
@Entity
@Table(name = "info_publication")
class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> title;

    @Enumerated(EnumType.STRING)
    private PublicationCategory category;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "external_url")
    private String externalUrl;

    @Column(name = "created_by")
    private String createdBy;

    protected Publication() {
    }

    Publication(LocalizedText title, PublicationCategory category, LocalDate publishedOn, String externalUrl,
                String createdBy) {
        this.title = title.values();
        this.category = category;
        this.publishedOn = publishedOn;
        this.externalUrl = externalUrl;
        this.createdBy = createdBy;
    }

    Long id() { return id; }
    LocalizedText title() { return new LocalizedText(title); }
    PublicationCategory category() { return category; }
    LocalDate publishedOn() { return publishedOn; }
    String externalUrl() { return externalUrl; }
    String createdBy() { return createdBy; }
}
