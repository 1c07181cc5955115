package ma.mocharaka.portal.petitions;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;

/**
 * The deadlines of organic law 113-14 as dates. The council sits in ordinary session in the first week of
 * February, May and October (art. 33); an admissible petition goes on the agenda of the next one, and a rejection
 * must be notified, with reasons, within three months of submission (art. 125 as we read it).
 */
public final class PetitionClock {

    private static final List<Month> ORDINARY_SESSIONS = List.of(Month.FEBRUARY, Month.MAY, Month.OCTOBER);

    private PetitionClock() {
    }

    /** The first month of an ordinary session that starts strictly after the given day. */
    public static YearMonth nextOrdinarySession(LocalDate after) {
        YearMonth month = YearMonth.from(after).plusMonths(1);
        while (!ORDINARY_SESSIONS.contains(month.getMonth())) {
            month = month.plusMonths(1);
        }
        return month;
    }

    public static LocalDate answerDueOn(LocalDate submittedOn) {
        return submittedOn.plusMonths(3);
    }

    /**
     * Late when the bureau has not answered three months after submission, or when the session a petition was put
     * on has ended without the council's decision.
     */
    public static boolean isOverdue(PetitionStatus status, LocalDate submittedOn, YearMonth session, LocalDate today) {
        return switch (status) {
            case SUBMITTED -> submittedOn != null && today.isAfter(answerDueOn(submittedOn));
            case ON_AGENDA -> session != null && today.isAfter(session.atEndOfMonth());
            default -> false;
        };
    }
}
