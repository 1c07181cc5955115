package ma.mocharaka.portal.information;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The deadlines of law 31-13 on a commune's working-day calendar. Working days are Monday to Friday (decree
 * 2-05-916 on the working days of state administrations and territorial collectivities) except the commune's
 * holidays. A period of n working days "from the receipt" starts the next working day: a request filed on a Friday
 * (or on a Saturday, online) counts Monday as its first day, and its deadline is the end of its n-th working day.
 *
 * <ul>
 * <li>answer: 20 working days (art. 16); extended once by 20 working days, with the requester told beforehand;</li>
 * <li>urgent (needed to protect the life, safety or freedom of persons, art. 17): 3 working days;</li>
 * <li>silence past the deadline is an implicit refusal: nothing is typed, it is read from the dates;</li>
 * <li>complaint to the head of the body: within 20 working days of the answer or of the deadline's expiry (art. 19).</li>
 * </ul>
 */
public record InformationClock(Set<LocalDate> holidays) {

    public static final int ANSWER_WORKING_DAYS = 20;
    public static final int EXTENSION_WORKING_DAYS = 20;
    public static final int URGENT_WORKING_DAYS = 3;
    public static final int HEAD_COMPLAINT_WORKING_DAYS = 20;
    /** Days the head of the body has to answer a complaint (art. 19), after which the CDAI can be seized. */
    public static final int HEAD_ANSWER_DAYS = 15;
    /** Days to seize the Commission du droit d'accès à l'information after the head's answer or silence (art. 20). */
    public static final int COMMISSION_COMPLAINT_DAYS = 30;

    public InformationClock {
        holidays = Set.copyOf(holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The n-th working day strictly after {@code from}. */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("at least one working day");
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The last day to answer a request received on {@code filedOn}. */
    public LocalDate dueOn(LocalDate filedOn, boolean urgent) {
        return addWorkingDays(filedOn, urgent ? URGENT_WORKING_DAYS : ANSWER_WORKING_DAYS);
    }

    /** The deadline after the one extension the law allows, counted on from the deadline it replaces. */
    public LocalDate extendedDueOn(LocalDate dueOn) {
        return addWorkingDays(dueOn, EXTENSION_WORKING_DAYS);
    }

    /** Silence past the deadline: still open after the last day to answer. */
    public static boolean isImplicitRefusal(RequestStatus status, LocalDate dueOn, LocalDate today) {
        return status.isOpen() && today.isAfter(dueOn);
    }

    /**
     * The last day to complain to the head of the body: 20 working days from the answer, or from the day the
     * deadline expired unanswered. Empty while the request is open and within its deadline (nothing to complain of).
     */
    public java.util.Optional<LocalDate> headComplaintUntil(RequestStatus status, LocalDate dueOn, LocalDate decidedOn,
                                                            LocalDate today) {
        if (decidedOn != null) {
            return java.util.Optional.of(addWorkingDays(decidedOn, HEAD_COMPLAINT_WORKING_DAYS));
        }
        if (isImplicitRefusal(status, dueOn, today)) {
            return java.util.Optional.of(addWorkingDays(dueOn, HEAD_COMPLAINT_WORKING_DAYS));
        }
        return java.util.Optional.empty();
    }
}
