package ma.mocharaka.portal.forums;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;
import ma.mocharaka.portal.inclusion.InclusionAnswers;

/**
 * Someone who came through the door, registered or not. It holds no name: only what the inclusion counts need, and
 * only when the person agreed (the table's check constraint refuses inclusion answers without consent).
 */
@Entity
@Table(name = "forum_attendance")
class ForumAttendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false, updatable = false)
    private Long forumId;

    @Column(name = "registration_id", updatable = false)
    private Long registrationId;

    @Column(nullable = false)
    private boolean consent;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    private Boolean disability;

    @Column(name = "checked_in_by", nullable = false, updatable = false)
    private String checkedInBy;

    @Column(name = "checked_in_at", nullable = false, updatable = false)
    private Instant checkedInAt;

    protected ForumAttendance() {
    }

    ForumAttendance(Long forumId, Long registrationId, InclusionAnswers answers, String checkedInBy, Instant at) {
        this.forumId = forumId;
        this.registrationId = registrationId;
        this.consent = answers.consent();
        this.gender = answers.consent() ? answers.gender() : null;
        this.ageBand = answers.consent() ? answers.ageBand() : null;
        this.disability = answers.consent() ? answers.disability() : null;
        this.checkedInBy = checkedInBy;
        this.checkedInAt = at;
    }

    Long id() {
        return id;
    }

    Long forumId() {
        return forumId;
    }

    Long registrationId() {
        return registrationId;
    }
}
