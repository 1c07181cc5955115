package ma.mocharaka.portal.forums;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A forum, workshop or meeting the commune holds: when, where, for how many, and its timed agenda. */
@Entity
@Table(name = "forum")
class Forum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ForumKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> place;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    private Integer capacity;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cancellation_reason")
    private Map<String, String> cancellationReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "forum_agenda_item", joinColumns = @JoinColumn(name = "forum_id"))
    @OrderColumn(name = "position")
    private List<AgendaSlot> agenda = new ArrayList<>();

    protected Forum() {
    }

    Forum(ForumDraft draft, String createdBy) {
        this.kind = draft.kind();
        this.title = draft.title().values();
        this.summary = draft.summary().values();
        this.place = draft.place().values();
        this.onlineLink = draft.onlineLink();
        this.startsAt = draft.startsAt();
        this.endsAt = draft.endsAt();
        this.capacity = draft.capacity();
        this.createdBy = createdBy;
        draft.agenda().forEach(slot -> agenda.add(new AgendaSlot(slot.startsAt(), slot.endsAt(), slot.title())));
    }

    /** Staff correct what was announced; the agenda is replaced as a whole, as it is typed as a whole. */
    void revise(ForumDraft draft) {
        this.kind = draft.kind();
        this.title = draft.title().values();
        this.summary = draft.summary().values();
        this.place = draft.place().values();
        this.onlineLink = draft.onlineLink();
        this.startsAt = draft.startsAt();
        this.endsAt = draft.endsAt();
        this.capacity = draft.capacity();
        agenda.clear();
        draft.agenda().forEach(slot -> agenda.add(new AgendaSlot(slot.startsAt(), slot.endsAt(), slot.title())));
    }

    /** A cancelled forum stays on record with its reason; cancelling twice keeps the first reason. */
    boolean cancel(LocalizedText reason, Instant now) {
        if (cancelledAt != null) {
            return false;
        }
        this.cancelledAt = now;
        this.cancellationReason = reason.values();
        return true;
    }

    boolean isCancelled() {
        return cancelledAt != null;
    }

    LocalizedText cancellationReason() {
        return new LocalizedText(cancellationReason);
    }

    Long id() {
        return id;
    }

    ForumKind kind() {
        return kind;
    }

    LocalizedText title() {
        return new LocalizedText(title);
    }

    LocalizedText summary() {
        return new LocalizedText(summary);
    }

    LocalizedText place() {
        return new LocalizedText(place);
    }

    String onlineLink() {
        return onlineLink;
    }

    LocalDateTime startsAt() {
        return startsAt;
    }

    LocalDateTime endsAt() {
        return endsAt;
    }

    Integer capacity() {
        return capacity;
    }

    List<AgendaSlot> agenda() {
        return agenda;
    }
}
