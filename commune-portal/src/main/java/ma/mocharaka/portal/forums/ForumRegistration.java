package ma.mocharaka.portal.forums;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A citizen's place at a forum, known by their account name only. The database keeps it to one per account. */
@Entity
@Table(name = "forum_registration")
class ForumRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false, updatable = false)
    private Long forumId;

    @Column(nullable = false, updatable = false)
    private String participant;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected ForumRegistration() {
    }

    ForumRegistration(Long forumId, String participant, Instant registeredAt) {
        this.forumId = forumId;
        this.participant = participant;
        this.registeredAt = registeredAt;
    }

    Long id() {
        return id;
    }

    Long forumId() {
        return forumId;
    }

    String participant() {
        return participant;
    }
}
