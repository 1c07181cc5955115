package ma.mocharaka.portal.delegates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.bodies.AdvisoryBodies;
import ma.mocharaka.portal.bodies.BodyKind;
import ma.mocharaka.portal.bodies.BodyView;
import ma.mocharaka.portal.bodies.MemberRole;
import ma.mocharaka.portal.forums.CheckInOutcome;
import ma.mocharaka.portal.forums.ForumView;
import ma.mocharaka.portal.forums.Forums;
import ma.mocharaka.portal.forums.TestForums;
import ma.mocharaka.portal.inclusion.InclusionAnswers;

/**
 * The elected delegates joining their neighbourhood committee when the vote closes, and walk-in votes recorded by
 * staff for people admitted at the door without an account: one per door number, under any concurrency.
 */
@PortalTest
class DelegateCommitteeAndWalkInTest {

    @Autowired
    Clock clock;
    @Autowired
    DelegateElections elections;
    @Autowired
    Forums forums;
    @Autowired
    AdvisoryBodies bodies;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    JdbcClient jdbc;

    ForumView forum;
    long committee;

    @BeforeEach
    void aForumAndANeighbourhoodCommittee() {
        forum = TestForums.upcoming(forums, registry, "beni-mellal");
        committee = bm(() -> bodies.create(BodyKind.NEIGHBOURHOOD_COMMITTEE,
                LocalizedText.of("لجنة حي الأمل " + forum.id(), "Comité du quartier Al Amal " + forum.id(), null, null),
                LocalizedText.of(null, "Représenter le quartier", null, null), LocalDate.of(2025, 1, 1), "bm.admin"));
    }

    @Test
    void closingTheVoteSeatsTheElectedInTheirCommitteeOnceFromTheDayOfTheVote() {
        long election = openElection(2, "Fatima Zahra\nMohamed\nKhadija", committee);
        List<ElectionView.Candidate> candidates = candidatesOf(election);
        vote(election, candidates.get(0).id(), walkIn());
        vote(election, candidates.get(0).id(), walkIn());
        vote(election, candidates.get(1).id(), walkIn());
        vote(election, candidates.get(1).id(), walkIn());
        vote(election, candidates.get(2).id(), walkIn());

        assertThat(bm(() -> elections.close(forum.id(), election, "bm.staff"))).isTrue();
        assertThat(bm(() -> elections.close(forum.id(), election, "bm.staff"))).as("closing twice changes nothing").isFalse();

        BodyView body = bm(() -> bodies.find(committee));
        LocalDate today = LocalDate.now(clock);
        assertThat(body.members()).extracting(BodyView.Member::name).containsExactlyInAnyOrder("Fatima Zahra", "Mohamed");
        assertThat(body.members()).allSatisfy(member -> {
            assertThat(member.role()).isEqualTo(MemberRole.MEMBER);
            assertThat(member.termStart()).isEqualTo(today);
            assertThat(member.termEnd()).isNull();
        });
        ElectionView closed = bm(() -> elections.atForum(forum.id(), null)).stream()
                .filter(e -> e.id() == election).findFirst().orElseThrow();
        assertThat(closed.localizedCommitteeName().in("fr")).startsWith("Comité du quartier Al Amal");
    }

    @Test
    void aTieForTheLastSeatSeatsOnlyThoseClearlyElected() {
        long election = openElection(2, "A\nB\nC", committee);
        List<ElectionView.Candidate> candidates = candidatesOf(election);
        vote(election, candidates.get(0).id(), walkIn());
        vote(election, candidates.get(0).id(), walkIn());
        vote(election, candidates.get(1).id(), walkIn());
        vote(election, candidates.get(2).id(), walkIn());
        bm(() -> elections.close(forum.id(), election, "bm.staff"));

        assertThat(bm(() -> bodies.find(committee)).members()).extracting(BodyView.Member::name).containsExactly("A");
    }

    @Test
    void anElectionWithoutACommitteeSeatsNobodyAndOnlyANeighbourhoodCommitteeIsAccepted() {
        long election = openElection(1, "Solo", null);
        vote(election, candidatesOf(election).getFirst().id(), walkIn());
        bm(() -> elections.close(forum.id(), election, "bm.staff"));
        assertThat(bm(() -> bodies.find(committee)).members()).isEmpty();

        long equalityBody = bm(() -> bodies.create(BodyKind.EQUALITY_BODY, LocalizedText.of(null, "IEECAG", null, null),
                LocalizedText.of(null, "Égalité", null, null), null, "bm.admin"));
        assertThatThrownBy(() -> bm(() -> elections.prepare(forum.id(),
                new ElectionDraft(null, "Hay X", null, null, 1, "X", equalityBody), "bm.staff")))
                .as("only a neighbourhood committee takes elected delegates").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWalkInVotingAHundredTimesAtOnceLeavesExactlyOneBallot() throws Exception {
        long election = openElection(1, "Amina\nYoussef", committee);
        List<ElectionView.Candidate> candidates = candidatesOf(election);
        long door = walkIn();

        List<BallotOutcome> outcomes = concurrently(100, i -> () ->
                bm(() -> elections.recordWalkInVote(forum.id(), election, candidates.get(i % 2).id(), door, "bm.staff")));

        assertThat(outcomes).containsOnlyOnce(BallotOutcome.CAST);
        assertThat(outcomes).filteredOn(o -> o == BallotOutcome.ALREADY_VOTED).hasSize(99);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.delegate_ballot WHERE election_id = ? AND attendance_id = ?")
                .params(election, door).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyADoorNumberOfSomeoneAdmittedWithoutAnAccountAtThisForumVotesThroughStaff() {
        long election = openElection(1, "Amina\nYoussef", committee);
        long candidate = candidatesOf(election).getFirst().id();

        // Someone registered with an account votes with it: their door number is not a walk-in's.
        String citizen = "citizen-" + UUID.randomUUID();
        bm(() -> forums.register(forum.id(), citizen));
        long registration = bm(() -> forums.doorList(forum.id())).stream()
                .filter(row -> row.participant().equals(citizen)).findFirst().orElseThrow().number();
        Forums.Admission admitted = bm(() -> forums.admit(forum.id(), Optional.of(registration),
                InclusionAnswers.declined(), "bm.staff"));
        assertThat(admitted.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        assertThat(bm(() -> elections.recordWalkInVote(forum.id(), election, candidate, admitted.doorNumber(), "bm.staff")))
                .isEqualTo(BallotOutcome.UNKNOWN_DOOR_NUMBER);

        ForumView otherForum = TestForums.upcoming(forums, registry, "beni-mellal");
        long elsewhere = bm(() -> forums.admit(otherForum.id(), Optional.empty(), InclusionAnswers.declined(), "bm.staff"))
                .doorNumber();
        assertThat(bm(() -> elections.recordWalkInVote(forum.id(), election, candidate, elsewhere, "bm.staff")))
                .as("a door number of another forum").isEqualTo(BallotOutcome.UNKNOWN_DOOR_NUMBER);
        assertThat(bm(() -> elections.recordWalkInVote(forum.id(), election, candidate, 999_999_999L, "bm.staff")))
                .isEqualTo(BallotOutcome.UNKNOWN_DOOR_NUMBER);

        long walkIn = walkIn();
        assertThat(bm(() -> elections.recordWalkInVote(forum.id(), election, candidate, walkIn, "bm.staff")))
                .isEqualTo(BallotOutcome.CAST);
        bm(() -> elections.close(forum.id(), election, "bm.staff"));
        assertThat(bm(() -> elections.recordWalkInVote(forum.id(), election, candidate, walkIn(), "bm.staff")))
                .isEqualTo(BallotOutcome.NOT_OPEN);
    }

    @Test
    void theSchemaRefusesASecondBallotForTheSameDoorNumber() {
        long election = openElection(1, "Amina\nYoussef", committee);
        List<ElectionView.Candidate> candidates = candidatesOf(election);
        long door = walkIn();
        jdbc.sql("INSERT INTO commune_beni_mellal.delegate_ballot (election_id, candidate_id, attendance_id, recorded_by) "
                + "VALUES (?, ?, ?, 'bm.staff')").params(election, candidates.get(0).id(), door).update();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO commune_beni_mellal.delegate_ballot "
                        + "(election_id, candidate_id, attendance_id, recorded_by) VALUES (?, ?, ?, 'bm.staff')")
                .params(election, candidates.get(1).id(), door).update())
                .hasMessageContaining("delegate_ballot_one_per_attendance");
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO commune_beni_mellal.delegate_ballot "
                        + "(election_id, candidate_id, voter, attendance_id, recorded_by) VALUES (?, ?, 'someone', ?, 'bm.staff')")
                .params(election, candidates.get(1).id(), walkIn()).update())
                .as("a ballot is either an account's or a door number's").hasMessageContaining("delegate_ballot_one_voter_kind");
    }

    private long openElection(int seats, String candidates, Long committeeId) {
        long election = bm(() -> elections.prepare(forum.id(),
                new ElectionDraft(null, "Hay Al Amal " + UUID.randomUUID(), null, null, seats, candidates, committeeId),
                "bm.staff"));
        bm(() -> elections.open(forum.id(), election, "bm.staff"));
        return election;
    }

    private List<ElectionView.Candidate> candidatesOf(long election) {
        return bm(() -> elections.atForum(forum.id(), null)).stream()
                .filter(e -> e.id() == election).findFirst().orElseThrow().candidates();
    }

    private void vote(long election, long candidate, long door) {
        assertThat(bm(() -> elections.recordWalkInVote(forum.id(), election, candidate, door, "bm.staff")))
                .isEqualTo(BallotOutcome.CAST);
    }

    /** Someone admitted at the door without an account; returns their door number. */
    private long walkIn() {
        Forums.Admission admission = bm(() -> forums.admit(forum.id(), Optional.empty(), InclusionAnswers.declined(),
                "bm.staff"));
        assertThat(admission.outcome()).isEqualTo(CheckInOutcome.CHECKED_IN);
        return admission.doorNumber();
    }

    private <T> T bm(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), work);
    }

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
