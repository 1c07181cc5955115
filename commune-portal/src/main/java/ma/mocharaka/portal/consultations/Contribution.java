package ma.mocharaka.portal.consultations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A comment or proposal on a section. The author's account is kept for moderation and to stop self-support, but
 * public pages do not show it. Moderation hides with a reason that stays visible in place of the text.
 */
@Entity
@Table(name = "consultation_contribution")
class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "section_id", nullable = false, updatable = false)
    private Long sectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContributionKind kind;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "moderated_by")
    private String moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    protected Contribution() {
    }

    Contribution(long sectionId, ContributionKind kind, String author, String body, Instant createdAt) {
        this.sectionId = sectionId;
        this.kind = kind;
        this.author = author;
        this.body = body;
        this.createdAt = createdAt;
    }

    void hide(String reason, String moderator, Instant at) {
        this.hiddenReason = reason;
        this.moderatedBy = moderator;
        this.moderatedAt = at;
    }

    Long id() {
        return id;
    }

    Long sectionId() {
        return sectionId;
    }

    ContributionKind kind() {
        return kind;
    }

    String author() {
        return author;
    }

    String body() {
        return body;
    }

    Instant createdAt() {
        return createdAt;
    }

    String hiddenReason() {
        return hiddenReason;
    }

    boolean isHidden() {
        return hiddenReason != null;
    }
}
