package ma.mocharaka.portal.forums;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A forum as pages and the API show it, with how many places are taken. */
public record ForumView(long id, ForumKind kind, Map<String, String> title, Map<String, String> summary,
                        Map<String, String> place, String onlineLink, LocalDateTime startsAt, LocalDateTime endsAt,
                        Integer capacity, long registrations, List<Slot> agenda, boolean cancelled,
                        Map<String, String> cancellationReason) {

    public record Slot(LocalTime startsAt, LocalTime endsAt, Map<String, String> title) {

        public LocalizedText localizedTitle() {
            return new LocalizedText(title);
        }
    }

    static ForumView of(Forum forum, long registrations) {
        return new ForumView(forum.id(), forum.kind(), forum.title().values(), forum.summary().values(),
                forum.place().values(), forum.onlineLink(), forum.startsAt(), forum.endsAt(), forum.capacity(),
                registrations,
                forum.agenda().stream()
                        .map(slot -> new Slot(slot.startsAt(), slot.endsAt(), slot.title().values()))
                        .toList(),
                forum.isCancelled(), forum.cancellationReason().values());
    }

    public LocalizedText localizedCancellationReason() {
        return new LocalizedText(cancellationReason);
    }

    public LocalizedText localizedTitle() {
        return new LocalizedText(title);
    }

    public LocalizedText localizedSummary() {
        return new LocalizedText(summary);
    }

    public LocalizedText localizedPlace() {
        return new LocalizedText(place);
    }

    /** Null when the commune set no limit. */
    public Long placesLeft() {
        return capacity == null ? null : Math.max(0, capacity - registrations);
    }
}
