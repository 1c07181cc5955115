package ma.mocharaka.portal.news;

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

/** A piece of commune news, written in one to four languages. Lives in the commune's own schema. */
@Entity
@Table(name = "news_item")
class NewsItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> body;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected NewsItem() {
    }

    NewsItem(LocalizedText title, LocalizedText body, LocalDate publishedOn, String createdBy) {
        this.title = title.values();
        this.body = body.values();
        this.publishedOn = publishedOn;
        this.createdBy = createdBy;
    }

    void revise(NewsDraft draft) {
        this.title = draft.title().values();
        this.body = draft.body().values();
        this.publishedOn = draft.publishedOn();
    }

    Long id() {
        return id;
    }

    LocalizedText title() {
        return new LocalizedText(title);
    }

    LocalizedText body() {
        return new LocalizedText(body);
    }

    LocalDate publishedOn() {
        return publishedOn;
    }
}
