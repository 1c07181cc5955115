package ma.mocharaka.admin.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.migration.CommuneSchemaMigrator;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/**
 * Every indicator computed from the known facts of two communes (AnalyticsFixture), on real PostgreSQL, through the
 * real roll-up (commune fact views and program-office tables into the shared schema) and the comparison query,
 * against values worked out by hand in the comments.
 */
@AdminTest
class AnalyticsIndicatorsTest {

    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;
    @Autowired CommuneRegistry registry;
    @Autowired CommuneSchemaMigrator migrator;
    @Autowired RollUp rollUp;
    @Autowired Comparison comparison;
    @Autowired Indicators indicators;

    @BeforeEach
    void rolledUp() throws Exception {
        AnalyticsFixture.ensure(jdbc, registry, migrator);
        rollUp.rollUp(registry.findBySlug(AnalyticsFixture.A).orElseThrow());
        rollUp.rollUp(registry.findBySlug(AnalyticsFixture.B).orElseThrow());
        rollUp.rollUpProgramOffice();
    }

    private Map<String, Comparison.Row> rows(Period period) {
        CommuneSelection program = new CommuneSelection(AnalyticsFixture.PROGRAM, null, null, null, null, null, List.of());
        return comparison.compare(program, period, indicators.all(), "name", Comparison.Direction.ASC, Locale.FRENCH)
                .stream().collect(Collectors.toMap(r -> r.commune().slug(), Function.identity()));
    }

    private static void expect(Comparison.Row row, String code, String value) {
        BigDecimal actual = row.value(code);
        if (value == null) {
            assertThat(actual).as("%s of %s is no data", code, row.commune().slug()).isNull();
        } else {
            assertThat(actual).as("%s of %s", code, row.commune().slug()).isNotNull();
            assertThat(actual).as("%s of %s", code, row.commune().slug()).isEqualByComparingTo(value);
        }
    }

    @Test
    void theYear2024OfCommuneA() {
        Comparison.Row a = rows(Period.parse("2024").orElseThrow()).get(AnalyticsFixture.A);
        expect(a, "onboarding.progress", "50");          // 2 of 4 template steps done by 2024-12-31
        expect(a, "onboarding.late", "1");               // s3 planned 2024-04-01, not done; s4 blocked is not late
        expect(a, "trainings.sessions", "2");            // 2024-03-05 (shared with B) and 2024-10-01
        expect(a, "trainings.participants", "21");       // 10 + 5 + 6
        expect(a, "trainings.women", "43.8");            // (4 + 3) / (10 + 6): the 5 not broken down stay out
        expect(a, "trainings.youth", "37.5");            // (3 + 3) / 16
        expect(a, "trainings.disability", "6.3");        // 1 / 16 = 6.25
        expect(a, "forums.events", "2");                 // the 2099 forum is not held yet
        expect(a, "forums.attendees", "5");
        expect(a, "forums.women", "75");                 // 3 women / 4 who answered with consent
        expect(a, "forums.youth", "50");                 // 2 aged 18-35 / 4
        expect(a, "forums.disability", "25");            // 1 / 4
        expect(a, "consultations.per1000", "0.2");       // 4 visible contributions / 20,000 × 1,000
        expect(a, "consultations.answered", "50");       // 2 of them in the synthesised consultation
        expect(a, "petitions.submitted", "4");
        expect(a, "petitions.admissible", "2");
        expect(a, "petitions.accepted", "1");
        expect(a, "petitions.median_days", "99");        // decisions after 30, 99 and 112 days
        expect(a, "petitions.overdue", "1");             // submitted 2024-03-01, unanswered three months later
        expect(a, "bodies.submitted", "2");
        expect(a, "bodies.answered", "1");
        // Budget, surveys and information requests: nothing recorded, so no data, not 0.
        expect(a, "budget.proposals", null);
        expect(a, "budget.turnout", null);
        expect(a, "surveys.score", null);
        expect(a, "information.requests", null);
    }

    @Test
    void theYear2024OfCommuneB() {
        Comparison.Row b = rows(Period.parse("2024").orElseThrow()).get(AnalyticsFixture.B);
        expect(b, "onboarding.progress", "0");           // 0 of 4
        expect(b, "onboarding.late", "0");               // enrolled, nothing late: 0, not no data
        expect(b, "trainings.sessions", "1");
        expect(b, "trainings.participants", "15");
        expect(b, "trainings.women", "40");              // 4 / 10
        expect(b, "trainings.youth", "30");
        expect(b, "trainings.disability", "10");
        expect(b, "forums.events", "1");
        expect(b, "forums.attendees", "2");
        expect(b, "forums.women", null);                 // nobody answered: a share without a base is no data
        expect(b, "consultations.per1000", "0.02");      // 1 / 50,000 × 1,000
        expect(b, "consultations.answered", "0");        // 0 of 1: a real 0
        expect(b, "petitions.submitted", null);          // no petition at all
        expect(b, "petitions.median_days", null);
        expect(b, "bodies.submitted", null);
    }

    @Test
    void aQuarterAndAMonthReadTheirOwnFactsAndStocksUpToTheirEnd() {
        Comparison.Row a = rows(Period.parse("2024-Q1").orElseThrow()).get(AnalyticsFixture.A);
        expect(a, "forums.events", "1");
        expect(a, "forums.women", "66.7");               // 2 / 3
        expect(a, "trainings.women", "40");              // only the March training: 4 / 10
        expect(a, "onboarding.progress", "50");          // both steps done by 2024-03-31
        expect(a, "petitions.submitted", "4");
        expect(a, "petitions.accepted", "0");            // petitions recorded, none accepted yet: 0
        expect(a, "petitions.median_days", "30");        // only the rejection of 2024-02-09
        expect(a, "petitions.overdue", "0");             // the deadline passes in June
        Comparison.Row b = rows(Period.parse("2024-Q1").orElseThrow()).get(AnalyticsFixture.B);
        expect(b, "onboarding.progress", null);          // B joined in June

        Comparison.Row january = rows(new Period(Period.Kind.MONTH, YearMonth.of(2024, 1))).get(AnalyticsFixture.A);
        expect(january, "onboarding.progress", "0");     // enrolled in January, nothing done yet
    }

    @Test
    void inclusionSharesCarryTheirProgramsTargetsAndSortWithNoDataLast() {
        List<Comparison.Row> byWomen = comparison.compare(
                new CommuneSelection(AnalyticsFixture.PROGRAM, null, null, null, null, null, List.of()),
                Period.parse("2024").orElseThrow(), indicators.all(), "forums.women", Comparison.Direction.ASC,
                Locale.FRENCH);
        assertThat(byWomen).extracting(r -> r.commune().slug()).containsExactly(AnalyticsFixture.A, AnalyticsFixture.B);
        Indicator women = indicators.find("trainings.women").orElseThrow();
        assertThat(byWomen.getFirst().commune().target(women)).isEqualByComparingTo("40");
        assertThat(byWomen.getFirst().gap(women)).isEqualByComparingTo("3.8");
        assertThat(byWomen.get(1).gap(women)).isEqualByComparingTo("0");
    }

    @Test
    void filtersSelectByCohortKindAndPopulation() {
        Period year = Period.parse("2024").orElseThrow();
        assertThat(comparison.communes(new CommuneSelection(AnalyticsFixture.PROGRAM,
                ma.mocharaka.admin.programs.Enrolment.Cohort.PARTNER, null, null, null, null, List.of())))
                .extracting(Comparison.CommuneInfo::slug).containsExactly(AnalyticsFixture.B);
        assertThat(comparison.communes(new CommuneSelection(null, null, "Région test", null, "URBAN", null, List.of())))
                .extracting(Comparison.CommuneInfo::slug).containsExactly(AnalyticsFixture.A);
        assertThat(comparison.communes(new CommuneSelection(null, null, "Région test", null, null,
                PopulationBand.FROM_50K_TO_200K, List.of())))
                .extracting(Comparison.CommuneInfo::slug).containsExactly(AnalyticsFixture.B);
        assertThat(comparison.compare(new CommuneSelection(null, null, null, "Province A", null, null, List.of()), year,
                indicators.all(), "name", Comparison.Direction.ASC, Locale.FRENCH)).hasSize(1);
    }

    @Test
    void theMonthlyTrendOfACommuneAgainstItsProgramsMean() {
        Comparison.CommuneInfo a = comparison.communes(CommuneSelection.only(List.of(AnalyticsFixture.A))).getFirst();
        List<Comparison.Point> points = comparison.series(a, indicators.find("forums.attendees").orElseThrow(),
                Period.parse("2024").orElseThrow());
        assertThat(points).hasSize(12);
        assertThat(points.get(2).commune()).isEqualByComparingTo("4");      // March: 4 attendees in A
        assertThat(points.get(2).programMean()).isEqualByComparingTo("4");  // B has no forum in March: not averaged in
        assertThat(points.get(6).commune()).isNull();                        // July: A no forum, no data
        assertThat(points.get(6).programMean()).isEqualByComparingTo("2");   // B's 2 attendees
    }

    @Test
    void viewsOpenOnTheLatestYearWithRecordedActivity() {
        Period opening = comparison.defaultPeriod();
        assertThat(opening.kind()).isEqualTo(Period.Kind.YEAR);
        assertThat(opening.first().getYear()).isBetween(2024, java.time.LocalDate.now(clock).getYear());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM platform.commune_indicator
                        WHERE period_kind = 'Y' AND period_start = ? AND cumulative IS NULL""")
                .param(java.sql.Date.valueOf(opening.start())).query(Long.class).single()).isPositive();
    }
}
