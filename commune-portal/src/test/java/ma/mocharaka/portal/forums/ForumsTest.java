package ma.mocharaka.portal.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.demo.DemoForums;
import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;
import ma.mocharaka.portal.inclusion.InclusionAnswers;

/** Forums against the real PostgreSQL schema of each commune: agenda, registration window, capacity, the door. */
@PortalTest
class ForumsTest {

    @Autowired
    Forums forums;
    @Autowired
    ma.mocharaka.platform.tenancy.CommuneRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;

    ForumFixtures fixtures;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        fixtures = new ForumFixtures(forums, registry);
    }

    @Test
    void theBeniMellalForumKeepsItsPrintedAgendaAndTakesNoRegistrationAfterTheDay() {
        ForumView forum = fixtures.as("beni-mellal", () -> forums.schedule(DemoForums.beniMellalCitizenForum(), "test"));

        assertThat(forum.agenda()).hasSize(9);
        assertThat(forum.agenda().getFirst().startsAt()).hasToString("09:30");
        assertThat(forum.agenda().get(7).localizedTitle().in("ar")).isEqualTo("انتخاب ممثلي الأحياء");
        assertThat(forum.agenda().getLast().endsAt()).isNull();
        assertThat(forum.localizedPlace().in("fr")).isEqualTo("Dar Chabab Maghreb Arabi, Béni Mellal");
        assertThat(forum.capacity()).isNull();
        // 15 February 2025 is past: the server refuses, whatever the page showed.
        assertThat(fixtures.as("beni-mellal", () -> forums.register(forum.id(), "bm.citizen")))
                .isEqualTo(RegistrationOutcome.CLOSED);
        assertThat(fixtures.as("beni-mellal", () -> forums.facts(forum.id()).registrations())).isZero();
    }

    @Test
    void oneCitizenRegisteringFiftyTimesAtOnceHoldsOnePlace() throws Exception {
        ForumView forum = fixtures.upcoming("beni-mellal", 80);

        List<RegistrationOutcome> outcomes = concurrently(50,
                i -> () -> fixtures.as("beni-mellal", () -> forums.register(forum.id(), "bm.citizen")));

        assertThat(outcomes).containsOnlyOnce(RegistrationOutcome.REGISTERED);
        assertThat(outcomes).filteredOn(o -> o == RegistrationOutcome.ALREADY_REGISTERED).hasSize(49);
        assertThat(countRows("beni-mellal", "forum_registration", forum.id())).isEqualTo(1);
    }

    @Test
    void theLastPlaceIsGivenOnceWhenThirtyPeopleAskTogether() throws Exception {
        ForumView forum = fixtures.upcoming("beni-mellal", 5);

        List<RegistrationOutcome> outcomes = concurrently(30,
                i -> () -> fixtures.as("beni-mellal", () -> forums.register(forum.id(), "citizen-" + i)));

        assertThat(outcomes).filteredOn(o -> o == RegistrationOutcome.REGISTERED).hasSize(5);
        assertThat(outcomes).filteredOn(o -> o == RegistrationOutcome.FULL).hasSize(25);
        assertThat(countRows("beni-mellal", "forum_registration", forum.id())).isEqualTo(5);
        assertThat(fixtures.as("beni-mellal", () -> forums.find(forum.id()).placesLeft())).isZero();
    }

    @Test
    void theDoorCountsEveryoneButKeepsInclusionAnswersOnlyWithConsent() throws Exception {
        ForumView forum = fixtures.upcoming("beni-mellal", null);
        fixtures.as("beni-mellal", () -> forums.register(forum.id(), "bm.citizen"));
        long number = fixtures.as("beni-mellal", () -> forums.doorList(forum.id())).getFirst().number();

        assertThat(checkIn(forum, Optional.of(number), InclusionAnswers.given(Gender.WOMAN, AgeBand.FROM_18_TO_35, false)))
                .isEqualTo(CheckInOutcome.CHECKED_IN);
        // Walk-ins without an account: one answers, one does not.
        assertThat(checkIn(forum, Optional.empty(), InclusionAnswers.given(Gender.MAN, AgeBand.FROM_60, true)))
                .isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(checkIn(forum, Optional.empty(), new InclusionAnswers(false, Gender.WOMAN, AgeBand.UNDER_18, true)))
                .isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(checkIn(forum, Optional.of(number), InclusionAnswers.declined()))
                .isEqualTo(CheckInOutcome.ALREADY_CHECKED_IN);
        assertThat(checkIn(forum, Optional.of(999_999L), InclusionAnswers.declined()))
                .isEqualTo(CheckInOutcome.UNKNOWN_REGISTRATION);

        ParticipationFacts facts = fixtures.as("beni-mellal", () -> forums.facts(forum.id()));
        assertThat(facts.registrations()).isEqualTo(1);
        assertThat(facts.attendees()).isEqualTo(3);
        assertThat(facts.women()).as("the declined walk-in's answers were dropped").isEqualTo(1);
        assertThat(facts.youth()).isEqualTo(1);
        assertThat(facts.withDisability()).isEqualTo(1);
        assertThat(facts.inclusionNotGiven()).isEqualTo(1);
        assertThat(fixtures.as("beni-mellal", () -> forums.doorList(forum.id())).getFirst().checkedIn()).isTrue();
        assertThat(audit.recent("beni-mellal", 50))
                .filteredOn(e -> e.action().equals("forum.check-in") && e.target().equals("forum/" + forum.id()))
                .hasSize(3)
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("bm.staff"))
                .allSatisfy(e -> assertThat(e.after()).startsWith("forum_attendance/").doesNotContain("WOMAN"));
    }

    @Test
    void checkingTheSameRegistrationInTwentyTimesAtOnceCountsOnePerson() throws Exception {
        ForumView forum = fixtures.upcoming("beni-mellal", null);
        fixtures.as("beni-mellal", () -> forums.register(forum.id(), "bm.citizen"));
        long number = fixtures.as("beni-mellal", () -> forums.doorList(forum.id())).getFirst().number();

        List<CheckInOutcome> outcomes = concurrently(20,
                i -> () -> checkIn(forum, Optional.of(number), InclusionAnswers.declined()));

        assertThat(outcomes).containsOnlyOnce(CheckInOutcome.CHECKED_IN);
        assertThat(countRows("beni-mellal", "forum_attendance", forum.id())).isEqualTo(1);
    }

    @Test
    void theSchemaItselfRefusesInclusionAnswersWithoutConsentAndASecondRegistration() {
        ForumView forum = fixtures.upcoming("demnat", null);
        String schema = fixtures.commune("demnat").schemaName();

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO " + schema + ".forum_attendance "
                        + "(forum_id, consent, gender, checked_in_by) VALUES (?, false, 'WOMAN', 'test')")
                .params(forum.id()).update())
                .hasMessageContaining("forum_attendance_inclusion_needs_consent");
        jdbc.sql("INSERT INTO " + schema + ".forum_registration (forum_id, participant) VALUES (?, 'x')")
                .params(forum.id()).update();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO " + schema + ".forum_registration (forum_id, participant) "
                        + "VALUES (?, 'x')").params(forum.id()).update())
                .hasMessageContaining("forum_registration_once");
    }

    @Test
    void theAnalyticsViewHoldsCountsAndNothingAboutAPerson() {
        String schema = fixtures.commune("beni-mellal").schemaName();
        List<String> columns = jdbc.sql("SELECT column_name FROM information_schema.columns "
                        + "WHERE table_schema = ? AND table_name = 'forum_participation_fact' ORDER BY ordinal_position")
                .params(schema).query(String.class).list();

        assertThat(columns).containsExactly("forum_id", "kind", "held_on", "registrations", "attendees", "women",
                "youth", "with_disability", "inclusion_not_given");
    }

    @Test
    void aForumOfOneCommuneDoesNotExistInAnother() {
        ForumView forum = fixtures.upcoming("beni-mellal", null);

        List<ForumView> inDemnat = fixtures.as("demnat", () -> forums.current());
        assertThat(inDemnat).extracting(f -> f.localizedTitle().in("fr"))
                .doesNotContain(forum.localizedTitle().in("fr"));
        assertThat(fixtures.as("azilal", () -> forums.current())).noneMatch(f -> f.title().equals(forum.title()));
    }

    private CheckInOutcome checkIn(ForumView forum, Optional<Long> number, InclusionAnswers answers) {
        return fixtures.as("beni-mellal", () -> forums.checkIn(forum.id(), number, answers, "bm.staff"));
    }

    private long countRows(String commune, String table, long forumId) {
        return jdbc.sql("SELECT count(*) FROM " + fixtures.commune(commune).schemaName() + "." + table
                + " WHERE forum_id = ?").params(forumId).query(Long.class).single();
    }

    /** Starts all tasks on their own threads behind one gate, so they really hit the database together. */
    private static <T> List<T> concurrently(int count, java.util.function.IntFunction<Callable<T>> task) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> work = task.apply(i);
                futures.add(pool.submit(() -> {
                    gate.await();
                    return work.call();
                }));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
