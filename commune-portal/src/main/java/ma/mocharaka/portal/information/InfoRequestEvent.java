package ma.mocharaka.portal.information;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a request's history, as the tracking page and the register show it. */
@Entity
@Table(name = "info_request_event")
class InfoRequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Column(name = "happened_on")
    private LocalDate happenedOn;

    private String note;

    private String actor;

    protected InfoRequestEvent() {
    }

    InfoRequestEvent(long requestId, RequestStatus status, LocalDate happenedOn, String note, String actor) {
        this.requestId = requestId;
        this.status = status;
        this.happenedOn = happenedOn;
        this.note = note;
        this.actor = actor;
    }

    long requestId() {
        return requestId;
    }

    LocalDate happenedOn() {
        return happenedOn;
    }

    RequestView.Step view() {
        return new RequestView.Step(status, happenedOn, note);
    }
}
