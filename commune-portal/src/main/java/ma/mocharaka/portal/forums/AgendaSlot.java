package ma.mocharaka.portal.forums;

import java.time.LocalTime;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import ma.mocharaka.platform.i18n.LocalizedText;

/** One timed session of a forum's agenda; an open end (no end time) is how printed agendas show the closing. */
@Embeddable
class AgendaSlot {

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    protected AgendaSlot() {
    }

    AgendaSlot(LocalTime startsAt, LocalTime endsAt, LocalizedText title) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.title = title.values();
    }

    LocalTime startsAt() {
        return startsAt;
    }

    LocalTime endsAt() {
        return endsAt;
    }

    LocalizedText title() {
        return new LocalizedText(title);
    }
}
