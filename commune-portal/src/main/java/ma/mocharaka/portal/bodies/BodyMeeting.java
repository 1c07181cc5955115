package ma.mocharaka.portal.bodies;

import java.time.LocalDate;
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

@Entity
@Table(name = "advisory_body_meeting")
class BodyMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> minutes;

    protected BodyMeeting() {
    }

    BodyMeeting(long bodyId, LocalDate heldOn, LocalizedText title, LocalizedText minutes) {
        this.bodyId = bodyId;
        this.heldOn = heldOn;
        this.title = title.values();
        this.minutes = minutes.values();
    }

    LocalDate heldOn() {
        return heldOn;
    }

    LocalizedText title() {
        return new LocalizedText(title);
    }

    LocalizedText minutes() {
        return new LocalizedText(minutes);
    }
}
