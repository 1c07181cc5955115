package ma.mocharaka.portal.forums;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern.Flag;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * What staff type to announce a forum. The agenda is one line per session, as printed agendas are:
 * {@code 09:30-10:00 | Arabic text | French text | Amazigh text | English text}, languages after the first optional
 * and an open end written {@code 13:00 | ...}.
 */
public record ForumScheduleForm(@NotNull ForumKind kind,
                                @Size(max = 300) String titleAr, @Size(max = 300) String titleFr,
                                @Size(max = 300) String titleZgh, @Size(max = 300) String titleEn,
                                @Size(max = 4000) String summaryAr, @Size(max = 4000) String summaryFr,
                                @Size(max = 4000) String summaryZgh, @Size(max = 4000) String summaryEn,
                                @Size(max = 300) String placeAr, @Size(max = 300) String placeFr,
                                @Size(max = 300) String placeZgh, @Size(max = 300) String placeEn,
                                @Size(max = 500) @jakarta.validation.constraints.Pattern(regexp = "^(https://\\S+)?$",
                                        flags = Flag.CASE_INSENSITIVE, message = "{forums.error.link}") String onlineLink,
                                @NotNull(message = "{forums.error.day}") LocalDate day,
                                @NotNull(message = "{forums.error.time}") LocalTime startsAt,
                                @NotNull(message = "{forums.error.time}") LocalTime endsAt,
                                @Positive(message = "{forums.error.capacity}") Integer capacity,
                                @Size(max = 10000) String agenda) {

    private static final Pattern LINE = Pattern.compile("^\\s*(\\d{1,2}[:.]\\d{2})\\s*(?:[-–]\\s*(\\d{1,2}[:.]\\d{2}))?\\s*\\|(.*)$");

    public static ForumScheduleForm empty() {
        return new ForumScheduleForm(ForumKind.CITIZEN_FORUM, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    /** The form filled with what was announced, for staff to correct it; the agenda comes back in its typed form. */
    static ForumScheduleForm of(ForumView forum) {
        LocalizedText title = forum.localizedTitle();
        LocalizedText summary = forum.localizedSummary();
        LocalizedText place = forum.localizedPlace();
        StringBuilder agendaText = new StringBuilder();
        for (ForumView.Slot slot : forum.agenda()) {
            agendaText.append(slot.startsAt());
            if (slot.endsAt() != null) {
                agendaText.append('-').append(slot.endsAt());
            }
            LocalizedText slotTitle = slot.localizedTitle();
            for (String language : new String[] {"ar", "fr", "zgh", "en"}) {
                agendaText.append(" | ").append(exact(slotTitle, language));
            }
            agendaText.append('\n');
        }
        return new ForumScheduleForm(forum.kind(), exact(title, "ar"), exact(title, "fr"), exact(title, "zgh"),
                exact(title, "en"), exact(summary, "ar"), exact(summary, "fr"), exact(summary, "zgh"),
                exact(summary, "en"), exact(place, "ar"), exact(place, "fr"), exact(place, "zgh"), exact(place, "en"),
                forum.onlineLink(), forum.startsAt().toLocalDate(), forum.startsAt().toLocalTime(),
                forum.endsAt().toLocalTime(), forum.capacity(), agendaText.toString().strip());
    }

    /** The text typed for that language only, without the fallback pages use. */
    private static String exact(LocalizedText text, String language) {
        String value = text.values().get(language);
        return value == null ? "" : value;
    }

    public LocalizedText title() {
        return LocalizedText.of(titleAr, titleFr, titleZgh, titleEn);
    }

    @AssertTrue(message = "{forums.error.title}")
    public boolean isTitled() {
        return !title().isEmpty();
    }

    @AssertTrue(message = "{forums.error.place}")
    public boolean isPlaced() {
        return !LocalizedText.of(placeAr, placeFr, placeZgh, placeEn).isEmpty() || (onlineLink != null && !onlineLink.isBlank());
    }

    @AssertTrue(message = "{forums.error.order}")
    public boolean isInOrder() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }

    @AssertTrue(message = "{forums.error.agenda}")
    public boolean isAgendaReadable() {
        return agendaSlots() != null;
    }

    /** The agenda's sessions, or null when a line cannot be read (the form then says so and keeps the text). */
    List<ForumDraft.Slot> agendaSlots() {
        List<ForumDraft.Slot> slots = new ArrayList<>();
        if (agenda == null || agenda.isBlank()) {
            return slots;
        }
        for (String line : agenda.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                return null;
            }
            String[] texts = matcher.group(3).split("\\|", -1);
            LocalizedText title = LocalizedText.of(part(texts, 0), part(texts, 1), part(texts, 2), part(texts, 3));
            try {
                LocalTime from = time(matcher.group(1));
                LocalTime to = matcher.group(2) == null ? null : time(matcher.group(2));
                if (title.isEmpty() || (to != null && !to.isAfter(from))) {
                    return null;
                }
                slots.add(new ForumDraft.Slot(from, to, title));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return slots;
    }

    ForumDraft toDraft() {
        return new ForumDraft(kind, title(), LocalizedText.of(summaryAr, summaryFr, summaryZgh, summaryEn),
                LocalizedText.of(placeAr, placeFr, placeZgh, placeEn),
                onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip(),
                day.atTime(startsAt), day.atTime(endsAt), capacity, agendaSlots());
    }

    private static LocalTime time(String text) {
        String normalised = text.replace('.', ':');
        return LocalTime.parse(normalised.length() == 4 ? "0" + normalised : normalised);
    }

    private static String part(String[] texts, int index) {
        return index < texts.length && !texts[index].isBlank() ? texts[index].strip() : null;
    }
}
