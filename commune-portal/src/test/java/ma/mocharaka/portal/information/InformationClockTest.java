package ma.mocharaka.portal.information;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The deadlines of law 31-13 on a working-day calendar, without Spring or a database. */
class InformationClockTest {

    private static final InformationClock NO_HOLIDAYS = new InformationClock(Set.of());

    @Test
    void twentyWorkingDaysAreFourWeeksWhenNothingIntervenes() {
        // Monday 2 March 2026: days 1-5 are 3-6 March, ..., day 20 is Monday 30 March.
        assertThat(NO_HOLIDAYS.dueOn(LocalDate.of(2026, 3, 2), false)).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void aRequestFiledOnAFridayStartsCountingOnMonday() {
        LocalDate friday = LocalDate.of(2026, 2, 6);
        assertThat(NO_HOLIDAYS.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(NO_HOLIDAYS.dueOn(friday, false)).isEqualTo(LocalDate.of(2026, 3, 6));
        // Filed online on the Saturday or Sunday after: same first working day, same deadline.
        assertThat(NO_HOLIDAYS.dueOn(LocalDate.of(2026, 2, 7), false)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(NO_HOLIDAYS.dueOn(LocalDate.of(2026, 2, 8), false)).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(NO_HOLIDAYS.dueOn(LocalDate.of(2026, 2, 8), false)).isEqualTo(NO_HOLIDAYS.dueOn(friday, false));
    }

    @Test
    void holidaysInsideTheWindowPushTheDeadline() {
        // Filed Monday 27 April 2026; Friday 1 May (Labour Day) is not a working day.
        LocalDate filed = LocalDate.of(2026, 4, 27);
        assertThat(NO_HOLIDAYS.dueOn(filed, false)).isEqualTo(LocalDate.of(2026, 5, 25));
        InformationClock withLabourDay = new InformationClock(Set.of(LocalDate.of(2026, 5, 1)));
        assertThat(withLabourDay.dueOn(filed, false)).isEqualTo(LocalDate.of(2026, 5, 26));
        // Eid al-Adha on Wednesday 27 and Thursday 28 May as well: two more days.
        InformationClock withEid = new InformationClock(Set.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 27),
                LocalDate.of(2026, 5, 28)));
        assertThat(withEid.dueOn(filed, false)).isEqualTo(LocalDate.of(2026, 5, 26));
        assertThat(withEid.dueOn(LocalDate.of(2026, 5, 4), false)).isEqualTo(LocalDate.of(2026, 6, 3));
    }

    @Test
    void aDeadlineThatWouldFallOnAHolidayMovesToTheNextWorkingDay() {
        // Filed Tuesday 20 October 2026: without holidays day 20 is Tuesday 17 November. With the Green March
        // (Friday 6 November) the 20th working day would be Wednesday 18 November, Independence Day, so it is
        // Thursday 19 November.
        LocalDate filed = LocalDate.of(2026, 10, 20);
        assertThat(NO_HOLIDAYS.dueOn(filed, false)).isEqualTo(LocalDate.of(2026, 11, 17));
        InformationClock november = new InformationClock(Set.of(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 18)));
        assertThat(november.dueOn(filed, false)).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(november.isWorkingDay(november.dueOn(filed, false))).isTrue();
    }

    @Test
    void theDeadlineIsAlwaysAWorkingDayAfterTheFilingDay() {
        InformationClock calendar = new InformationClock(Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 14),
                LocalDate.of(2026, 3, 20)));
        for (LocalDate filed = LocalDate.of(2025, 12, 1); filed.isBefore(LocalDate.of(2026, 4, 1)); filed = filed.plusDays(1)) {
            LocalDate due = calendar.dueOn(filed, false);
            assertThat(calendar.isWorkingDay(due)).as("deadline of %s", filed).isTrue();
            long working = filed.plusDays(1).datesUntil(due.plusDays(1)).filter(calendar::isWorkingDay).count();
            assertThat(working).as("working days counted for %s", filed).isEqualTo(20);
        }
    }

    @Test
    void urgentRequestsGetThreeWorkingDays() {
        // Thursday 8 January 2026: Friday 9, Monday 12, Tuesday 13 (with 11 January on a Sunday anyway).
        assertThat(NO_HOLIDAYS.dueOn(LocalDate.of(2026, 1, 8), true)).isEqualTo(LocalDate.of(2026, 1, 13));
        // With Yennayer on Wednesday 14 January, filing on Monday 12 gives Tuesday 13, Thursday 15, Friday 16.
        InformationClock yennayer = new InformationClock(Set.of(LocalDate.of(2026, 1, 14)));
        assertThat(yennayer.dueOn(LocalDate.of(2026, 1, 12), true)).isEqualTo(LocalDate.of(2026, 1, 16));
    }

    @Test
    void theOneExtensionAddsTwentyWorkingDaysFromTheFirstDeadline() {
        InformationClock calendar = new InformationClock(Set.of(LocalDate.of(2026, 5, 1)));
        LocalDate first = calendar.dueOn(LocalDate.of(2026, 4, 6), false);
        assertThat(first).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(calendar.extendedDueOn(first)).isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Test
    void silencePastTheDeadlineIsAnImplicitRefusalOnlyForOpenRequests() {
        LocalDate due = LocalDate.of(2026, 3, 30);
        assertThat(InformationClock.isImplicitRefusal(RequestStatus.RECEIVED, due, due)).isFalse();
        assertThat(InformationClock.isImplicitRefusal(RequestStatus.RECEIVED, due, due.plusDays(1))).isTrue();
        assertThat(InformationClock.isImplicitRefusal(RequestStatus.EXTENDED, due, due.plusDays(1))).isTrue();
        assertThat(InformationClock.isImplicitRefusal(RequestStatus.ANSWERED, due, due.plusDays(30))).isFalse();
        assertThat(InformationClock.isImplicitRefusal(RequestStatus.REFUSED, due, due.plusDays(30))).isFalse();
    }

    @Test
    void theComplaintWindowRunsTwentyWorkingDaysFromTheAnswerOrTheExpiry() {
        LocalDate due = LocalDate.of(2026, 3, 30);
        assertThat(NO_HOLIDAYS.headComplaintUntil(RequestStatus.RECEIVED, due, null, due)).isEmpty();
        assertThat(NO_HOLIDAYS.headComplaintUntil(RequestStatus.RECEIVED, due, null, due.plusDays(1)))
                .contains(LocalDate.of(2026, 4, 27));
        assertThat(NO_HOLIDAYS.headComplaintUntil(RequestStatus.REFUSED, due, LocalDate.of(2026, 3, 10), due.plusDays(90)))
                .contains(LocalDate.of(2026, 4, 7));
    }
}
