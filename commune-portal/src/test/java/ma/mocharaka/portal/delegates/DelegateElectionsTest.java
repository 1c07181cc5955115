package ma.mocharaka.portal.delegates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.forums.ForumView;
import ma.mocharaka.portal.forums.Forums;
import ma.mocharaka.portal.forums.TestForums;
import ma.mocharaka.portal.inclusion.InclusionAnswers;

/** Delegate elections on the real PostgreSQL schema: who may vote, when, how often, and what the results say. */
@PortalTest
class DelegateElectionsTest {

    @Autowired
    DelegateElections elections;
    @Autowired
    Forums forums;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;

    ForumView forum;
    long election;
    List<ElectionView.Candidate> candidates;

    @BeforeEach
    void anOpenElectionAtAForum() {
        forum = TestForums.upcoming(forums, registry, "beni-mellal");
        election = inBeniMellal(() -> elections.prepare(forum.id(),
                new ElectionDraft("حي الأمل " + forum.id(), "Hay Al Amal " + forum.id(), null, null, 1,
                        "Fatima Zahra\nMohamed\nKhadija"), "bm.staff"));
        inBeniMellal(() -> elections.open(forum.id(), election, "bm.staff"));
        candidates = inBeniMellal(() -> elections.atForum(forum.id(), null)).getFirst().candidates();
    }

    @Test
    void oneAttendeeVotingAHundredTimesAtOnceLeavesExactlyOneBallot() throws Exception {
        String voter = attendee();

        List<BallotOutcome> outcomes = concurrently(100, i -> () ->
                inBeniMellal(() -> elections.vote(forum.id(), election, candidates.get(i % 3).id(), voter)));

        assertThat(outcomes).containsOnlyOnce(BallotOutcome.CAST);
        assertThat(outcomes).filteredOn(o -> o == BallotOutcome.ALREADY_VOTED).hasSize(99);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.delegate_ballot WHERE election_id = ?")
                .params(election).query(Long.class).single()).isEqualTo(1);
        assertThat(inBeniMellal(() -> elections.atForum(forum.id(), voter)).getFirst().votedByViewer()).isTrue();
    }

    @Test
    void onlyPeopleCheckedInAtTheDoorVoteAndOnlyWhileTheVoteIsOpen() {
        String registeredOnly = "registered-" + UUID.randomUUID();
        inBeniMellal(() -> forums.register(forum.id(), registeredOnly));
        assertThat(vote(registeredOnly, 0)).isEqualTo(BallotOutcome.NOT_AN_ATTENDEE);
        assertThat(vote("never-came", 0)).isEqualTo(BallotOutcome.NOT_AN_ATTENDEE);

        String voter = attendee();
        long otherElection = inBeniMellal(() -> elections.prepare(forum.id(),
                new ElectionDraft(null, "Hay Nour", null, null, 1, "Amina"), "bm.staff"));
        long strangerCandidate = inBeniMellal(() -> elections.atForum(forum.id(), null)).stream()
                .filter(e -> e.id() == otherElection).findFirst().orElseThrow().candidates().getFirst().id();
        assertThat(inBeniMellal(() -> elections.vote(forum.id(), election, strangerCandidate, voter)))
                .isEqualTo(BallotOutcome.UNKNOWN_CANDIDATE);
        assertThat(inBeniMellal(() -> elections.vote(forum.id(), otherElection, strangerCandidate, voter)))
                .as("prepared but not opened").isEqualTo(BallotOutcome.NOT_OPEN);

        inBeniMellal(() -> elections.close(forum.id(), election, "bm.staff"));
        assertThat(vote(voter, 0)).isEqualTo(BallotOutcome.NOT_OPEN);
        assertThat(inBeniMellal(() -> elections.open(forum.id(), election, "bm.staff")))
                .as("a closed election does not reopen").isFalse();
    }

    @Test
    void resultsAreHiddenWhileOpenThenNameTheElectedAndFlagATie() {
        assertThat(vote(attendee(), 0)).isEqualTo(BallotOutcome.CAST);
        assertThat(vote(attendee(), 0)).isEqualTo(BallotOutcome.CAST);
        assertThat(vote(attendee(), 1)).isEqualTo(BallotOutcome.CAST);
        ElectionView open = inBeniMellal(() -> elections.atForum(forum.id(), null)).getFirst();
        assertThat(open.ballots()).isEqualTo(3);
        assertThat(open.candidates()).allSatisfy(c -> assertThat(c.votes()).isNull());

        inBeniMellal(() -> elections.close(forum.id(), election, "bm.staff"));
        ElectionView closed = inBeniMellal(() -> elections.atForum(forum.id(), null)).getFirst();
        assertThat(closed.candidates().getFirst().name()).isEqualTo("Fatima Zahra");
        assertThat(closed.candidates().getFirst().votes()).isEqualTo(2);
        assertThat(closed.candidates()).filteredOn(ElectionView.Candidate::elected)
                .extracting(ElectionView.Candidate::name).containsExactly("Fatima Zahra");
        assertThat(closed.tieForLastSeat()).isFalse();
        assertThat(audit.recent("beni-mellal", 100)).extracting(AuditTrail.AuditEvent::action, AuditTrail.AuditEvent::target)
                .contains(org.assertj.core.groups.Tuple.tuple("delegates.open", "delegate_election/" + election),
                        org.assertj.core.groups.Tuple.tuple("delegates.close", "delegate_election/" + election));

        long tied = inBeniMellal(() -> elections.prepare(forum.id(),
                new ElectionDraft(null, "Hay Tie", null, null, 1, "A\nB"), "bm.staff"));
        inBeniMellal(() -> elections.open(forum.id(), tied, "bm.staff"));
        List<ElectionView.Candidate> pair = inBeniMellal(() -> elections.atForum(forum.id(), null)).stream()
                .filter(e -> e.id() == tied).findFirst().orElseThrow().candidates();
        String first = attendee();
        String second = attendee();
        inBeniMellal(() -> elections.vote(forum.id(), tied, pair.get(0).id(), first));
        inBeniMellal(() -> elections.vote(forum.id(), tied, pair.get(1).id(), second));
        inBeniMellal(() -> elections.close(forum.id(), tied, "bm.staff"));
        ElectionView tie = inBeniMellal(() -> elections.atForum(forum.id(), null)).stream()
                .filter(e -> e.id() == tied).findFirst().orElseThrow();
        assertThat(tie.tieForLastSeat()).isTrue();
        assertThat(tie.candidates()).noneMatch(ElectionView.Candidate::elected);
    }

    @Test
    void theSchemaRefusesASecondBallotFromTheSameVoter() {
        jdbc.sql("INSERT INTO commune_beni_mellal.delegate_ballot (election_id, candidate_id, voter) VALUES (?, ?, 'v')")
                .params(election, candidates.getFirst().id()).update();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO commune_beni_mellal.delegate_ballot "
                        + "(election_id, candidate_id, voter) VALUES (?, ?, 'v')")
                .params(election, candidates.get(1).id()).update())
                .hasMessageContaining("delegate_ballot_one_per_voter");
    }

    @Test
    void anElectionIsReachedThroughItsOwnForumOnly() {
        ForumView otherForum = TestForums.upcoming(forums, registry, "beni-mellal");
        String voter = attendee();
        assertThatThrownBy(() -> inBeniMellal(() -> elections.vote(otherForum.id(), election, candidates.getFirst().id(), voter)))
                .isInstanceOf(ElectionNotFoundException.class);
        assertThatThrownBy(() -> inBeniMellal(() -> elections.close(otherForum.id(), election, "bm.staff")))
                .isInstanceOf(ElectionNotFoundException.class);
    }

    private BallotOutcome vote(String voter, int candidate) {
        return inBeniMellal(() -> elections.vote(forum.id(), election, candidates.get(candidate).id(), voter));
    }

    /** A citizen registered for the forum and checked in at the door. */
    private String attendee() {
        String voter = "attendee-" + UUID.randomUUID();
        inBeniMellal(() -> forums.register(forum.id(), voter));
        long number = inBeniMellal(() -> forums.doorList(forum.id())).stream()
                .filter(row -> row.participant().equals(voter)).findFirst().orElseThrow().number();
        inBeniMellal(() -> forums.checkIn(forum.id(), Optional.of(number), InclusionAnswers.declined(), "bm.staff"));
        return voter;
    }

    private <T> T inBeniMellal(Callable<T> work) {
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
