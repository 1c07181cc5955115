package ma.mocharaka.admin.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A training, meeting, forum, exchange visit or study, for one or many communes. */
public record Activity(
        long id,
        String programCode,
        Kind kind,
        String titleAr,
        String titleFr,
        LocalDate startsOn,
        LocalDate endsOn,
        String place,
        String onlineLink,
        String organiser,
        String outputs,
        List<String> communes,
        List<Participants> participants,
        Map<String, Integer> results,
        List<AgendaItem> agenda) {

    public enum Kind { TRAINING, MEETING, WORKSHOP, FORUM, EXCHANGE_VISIT, STUDY, CONSULTATION }

    public enum Category { ELECTED, ADMINISTRATION, EQUALITY_BODY, ASSOCIATIONS, CITIZENS, OTHERS }

    /** Results the office counts the same way everywhere, so they can be added up across communes. */
    public static final List<String> RESULT_CODES = List.of("PETITIONS_DRAFTED", "PETITIONS_SUBMITTED",
            "PETITIONS_ACCEPTED", "ADVISORY_OPINIONS_DRAFTED", "FOCUS_GROUPS", "WORKSHOPS_HELD", "BODIES_CREATED");

    /** Women, youth and disability are null when the source did not count them. */
    public record Participants(Category category, int total, Integer women, Integer youth, Integer disability) {
    }

    /** A timed item of the agenda, in the language the organiser wrote it. */
    public record AgendaItem(java.time.LocalTime startsAt, java.time.LocalTime endsAt, String title) {
    }

    public String title(java.util.Locale locale) {
        return "ar".equals(locale.getLanguage()) || titleFr == null ? titleAr : titleFr;
    }

    /** The language a title is shown in, so Arabic shown on a French page still gets lang and dir right. */
    public String titleLanguage(java.util.Locale locale) {
        return "ar".equals(locale.getLanguage()) || titleFr == null ? "ar" : "fr";
    }

    public int totalParticipants() {
        return participants.stream().mapToInt(Participants::total).sum();
    }
}
