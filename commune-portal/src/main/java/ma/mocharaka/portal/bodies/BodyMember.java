package ma.mocharaka.portal.bodies;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "advisory_body_member")
class BodyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    protected BodyMember() {
    }

    BodyMember(long bodyId, String name, MemberRole role, LocalDate termStart, LocalDate termEnd) {
        this.bodyId = bodyId;
        this.name = name;
        this.role = role;
        this.termStart = termStart;
        this.termEnd = termEnd;
    }

    /** Ends a sitting term on {@code on}; a term already ended, or an end before its start, changes nothing. */
    boolean endTerm(LocalDate on) {
        if (termEnd != null || on.isBefore(termStart)) {
            return false;
        }
        termEnd = on;
        return true;
    }

    Long id() {
        return id;
    }

    Long bodyId() {
        return bodyId;
    }

    String name() {
        return name;
    }

    MemberRole role() {
        return role;
    }

    LocalDate termStart() {
        return termStart;
    }

    LocalDate termEnd() {
        return termEnd;
    }
}
