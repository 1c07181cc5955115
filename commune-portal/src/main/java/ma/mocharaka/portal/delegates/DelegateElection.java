package ma.mocharaka.portal.delegates;

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

/** The election of one neighbourhood's delegates at a forum: prepared, opened in the room, then closed by staff. */
@Entity
@Table(name = "delegate_election")
class DelegateElection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false, updatable = false)
    private Long forumId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> neighbourhood;

    @Column(nullable = false)
    private int seats;

    @Column(name = "committee_body_id", updatable = false)
    private Long committeeBodyId;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected DelegateElection() {
    }

    DelegateElection(long forumId, LocalizedText neighbourhood, int seats, Long committeeBodyId, String createdBy) {
        this.forumId = forumId;
        this.committeeBodyId = committeeBodyId;
        this.neighbourhood = neighbourhood.values();
        this.seats = seats;
        this.createdBy = createdBy;
    }

    Long id() {
        return id;
    }

    Long forumId() {
        return forumId;
    }

    LocalizedText neighbourhood() {
        return new LocalizedText(neighbourhood);
    }

    /** The neighbourhood committee the elected join when the vote closes; null for an election not tied to one. */
    Long committeeBodyId() {
        return committeeBodyId;
    }

    Instant closedAt() {
        return closedAt;
    }

    int seats() {
        return seats;
    }

    ElectionStatus status() {
        if (closedAt != null) {
            return ElectionStatus.CLOSED;
        }
        return openedAt != null ? ElectionStatus.OPEN : ElectionStatus.PREPARED;
    }

    /** Opening twice or reopening a closed election changes nothing: the first opening is the one recorded. */
    boolean open(Instant now) {
        if (status() != ElectionStatus.PREPARED) {
            return false;
        }
        openedAt = now;
        return true;
    }

    boolean close(Instant now) {
        if (status() != ElectionStatus.OPEN) {
            return false;
        }
        closedAt = now;
        return true;
    }
}
