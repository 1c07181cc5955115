package ma.mocharaka.portal.delegates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone standing as a delegate; their name is public because they stand in front of the room. */
@Entity
@Table(name = "delegate_candidate")
class DelegateCandidate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false, updatable = false)
    private Long electionId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private int position;

    protected DelegateCandidate() {
    }

    DelegateCandidate(long electionId, String name, int position) {
        this.electionId = electionId;
        this.name = name;
        this.position = position;
    }

    Long id() {
        return id;
    }

    Long electionId() {
        return electionId;
    }

    String name() {
        return name;
    }
}
