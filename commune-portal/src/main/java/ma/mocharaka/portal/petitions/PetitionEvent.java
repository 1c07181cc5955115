package ma.mocharaka.portal.petitions;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a petition's public history: the status it reached, on which day, with what note. */
@Entity
@Table(name = "petition_event")
class PetitionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id", nullable = false, updatable = false)
    private long petitionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PetitionStatus status;

    @Column(name = "happened_on", nullable = false, updatable = false)
    private LocalDate happenedOn;

    @Column(updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private String actor;

    protected PetitionEvent() {
    }

    PetitionEvent(long petitionId, PetitionStatus status, LocalDate happenedOn, String note, String actor) {
        this.petitionId = petitionId;
        this.status = status;
        this.happenedOn = happenedOn;
        this.note = note;
        this.actor = actor;
    }

    PetitionView.Step view() {
        return new PetitionView.Step(status, happenedOn, note);
    }

    LocalDate happenedOn() {
        return happenedOn;
    }
}
