package ma.mocharaka.portal.forums;

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

/** A proposal a forum produced (a workshop's project idea, a recommendation), written up by staff afterwards. */
@Entity
@Table(name = "forum_proposal")
class ForumProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false, updatable = false)
    private Long forumId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> text;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> theme;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ForumProposal() {
    }

    ForumProposal(long forumId, LocalizedText text, LocalizedText theme, String createdBy) {
        this.forumId = forumId;
        this.text = text.values();
        this.theme = theme.isEmpty() ? null : theme.values();
        this.createdBy = createdBy;
    }

    Long id() {
        return id;
    }

    Long forumId() {
        return forumId;
    }

    LocalizedText text() {
        return new LocalizedText(text);
    }

    LocalizedText theme() {
        return new LocalizedText(theme);
    }
}
