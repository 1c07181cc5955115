package ma.mocharaka.portal.pages;

import java.time.Instant;
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

/** A page the commune writes itself (about the commune, how to take part, contacts), addressed by its slug. */
@Entity
@Table(name = "static_page")
class StaticPage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String slug;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    /** Plain text per language: paragraphs separated by a blank line, never markup. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> body;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected StaticPage() {
    }

    StaticPage(PageDraft draft, String staff, Instant now) {
        this.slug = draft.slug();
        update(draft, staff, now);
    }

    void update(PageDraft draft, String staff, Instant now) {
        this.slug = draft.slug();
        this.title = draft.title().values();
        this.body = draft.body().values();
        this.published = draft.published();
        this.updatedBy = staff;
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    LocalizedText title() {
        return new LocalizedText(title);
    }

    LocalizedText body() {
        return new LocalizedText(body);
    }

    boolean published() {
        return published;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
