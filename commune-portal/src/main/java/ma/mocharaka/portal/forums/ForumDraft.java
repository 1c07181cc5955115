package ma.mocharaka.portal.forums;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A forum as the commune announces it, with its agenda in the order it is printed. */
public record ForumDraft(ForumKind kind, LocalizedText title, LocalizedText summary, LocalizedText place,
                         String onlineLink, LocalDateTime startsAt, LocalDateTime endsAt, Integer capacity,
                         List<Slot> agenda) {

    public ForumDraft {
        agenda = List.copyOf(agenda);
        if (title.isEmpty() || place.isEmpty() && onlineLink == null) {
            throw new IllegalArgumentException("A forum needs a title and a place or an online link");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A forum ends after it starts");
        }
    }

    /** One line of the agenda; {@code endsAt} is null for an open-ended closing session. */
    public record Slot(LocalTime startsAt, LocalTime endsAt, LocalizedText title) {
    }
}
