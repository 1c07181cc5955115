package ma.mocharaka.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneStatus;

/** The deadlines and thresholds of law 113-14 as plain date and number arithmetic. */
class PetitionClockTest {

    @Test
    void anAdmissiblePetitionGoesToTheNextOrdinarySessionFebruaryMayOrOctober() {
        assertThat(PetitionClock.nextOrdinarySession(LocalDate.of(2023, 9, 20))).isEqualTo(YearMonth.of(2023, 10));
        assertThat(PetitionClock.nextOrdinarySession(LocalDate.of(2023, 10, 1))).isEqualTo(YearMonth.of(2024, 2));
        assertThat(PetitionClock.nextOrdinarySession(LocalDate.of(2023, 12, 31))).isEqualTo(YearMonth.of(2024, 2));
        assertThat(PetitionClock.nextOrdinarySession(LocalDate.of(2024, 1, 31))).isEqualTo(YearMonth.of(2024, 2));
        assertThat(PetitionClock.nextOrdinarySession(LocalDate.of(2024, 2, 1))).isEqualTo(YearMonth.of(2024, 5));
        assertThat(PetitionClock.nextOrdinarySession(LocalDate.of(2024, 4, 30))).isEqualTo(YearMonth.of(2024, 5));
        assertThat(PetitionClock.nextOrdinarySession(LocalDate.of(2024, 5, 15))).isEqualTo(YearMonth.of(2024, 10));
    }

    @Test
    void theBureauHasThreeMonthsFromSubmissionThenThePetitionIsOverdue() {
        LocalDate submitted = LocalDate.of(2023, 11, 30);
        assertThat(PetitionClock.answerDueOn(submitted)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PetitionClock.isOverdue(PetitionStatus.SUBMITTED, submitted, null, LocalDate.of(2024, 2, 29))).isFalse();
        assertThat(PetitionClock.isOverdue(PetitionStatus.SUBMITTED, submitted, null, LocalDate.of(2024, 3, 1))).isTrue();
        assertThat(PetitionClock.isOverdue(PetitionStatus.REJECTED, submitted, null, LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void aPetitionOnTheAgendaIsOverdueOnceItsSessionMonthEndsUndecided() {
        YearMonth october = YearMonth.of(2023, 10);
        assertThat(PetitionClock.isOverdue(PetitionStatus.ON_AGENDA, null, october, LocalDate.of(2023, 10, 31))).isFalse();
        assertThat(PetitionClock.isOverdue(PetitionStatus.ON_AGENDA, null, october, LocalDate.of(2023, 11, 1))).isTrue();
        assertThat(PetitionClock.isOverdue(PetitionStatus.ACCEPTED, null, october, LocalDate.of(2024, 1, 1))).isFalse();
    }

    @Test
    void thresholdsFollowPopulationAndArrondissements() {
        assertThat(SignatureThreshold.lawDefault(commune(33_628, false))).isEqualTo(100);   // Demnate
        assertThat(SignatureThreshold.lawDefault(commune(34_999, false))).isEqualTo(100);
        assertThat(SignatureThreshold.lawDefault(commune(35_000, false))).isEqualTo(200);
        assertThat(SignatureThreshold.lawDefault(commune(209_104, false))).isEqualTo(200);  // Beni Mellal
        assertThat(SignatureThreshold.lawDefault(commune(3_000_000, true))).isEqualTo(400);
        assertThat(SignatureThreshold.lawDefault(commune(null, false))).isEqualTo(200);
    }

    private static Commune commune(Integer population, boolean arrondissements) {
        return new Commune(1, "x", "commune_x", "س", "X", null, null, "r", "p", population, "urban", arrondissements,
                CommuneStatus.ACTIVE, null, null, 3, null);
    }
}
