package ma.mocharaka.portal.delegates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.bodies.NeighbourhoodCommittees;
import ma.mocharaka.portal.forums.Forums;

/**
 * Neighbourhood delegate elections at a forum. Only people checked in at the door may vote, once: the ballot is
 * inserted with ON CONFLICT DO NOTHING against the one-per-voter key, so a hundred simultaneous clicks leave one
 * ballot and the other ninety-nine are told they already voted.
 */
@Service
public class DelegateElections {

    private final DelegateElectionRepository elections;
    private final DelegateCandidateRepository candidates;
    private final Forums forums;
    private final NeighbourhoodCommittees committees;
    private final AuditTrail audit;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    DelegateElections(DelegateElectionRepository elections, DelegateCandidateRepository candidates, Forums forums,
                      NeighbourhoodCommittees committees, AuditTrail audit, Clock clock) {
        this.elections = elections;
        this.candidates = candidates;
        this.forums = forums;
        this.committees = committees;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long prepare(long forumId, ElectionDraft draft, String staff) {
        forums.find(forumId);
        if (draft.committee() != null && committees.find(draft.committee()).isEmpty()) {
            throw new IllegalArgumentException("No neighbourhood committee " + draft.committee() + " in this commune");
        }
        DelegateElection election = elections.save(new DelegateElection(forumId, draft.neighbourhood(), draft.seats(),
                draft.committee(), staff));
        List<String> names = draft.candidateNames();
        for (int position = 0; position < names.size(); position++) {
            candidates.save(new DelegateCandidate(election.id(), names.get(position), position));
        }
        audit.record(staff, CurrentCommune.require().slug(), "delegates.prepare", "delegate_election/" + election.id(),
                null, "forum/" + forumId + " seats=" + draft.seats() + " candidates=" + names.size()
                        + (draft.committee() == null ? "" : " committee=advisory_body/" + draft.committee()));
        return election.id();
    }

    @Transactional
    public boolean open(long forumId, long electionId, String staff) {
        DelegateElection election = lockedForChange(forumId, electionId);
        boolean changed = election.open(clock.instant());
        if (changed) {
            audit.record(staff, CurrentCommune.require().slug(), "delegates.open", "delegate_election/" + electionId,
                    ElectionStatus.PREPARED.name(), ElectionStatus.OPEN.name());
        }
        return changed;
    }

    @Transactional
    public boolean close(long forumId, long electionId, String staff) {
        DelegateElection election = lockedForChange(forumId, electionId);
        boolean changed = election.close(clock.instant());
        if (changed) {
            audit.record(staff, CurrentCommune.require().slug(), "delegates.close", "delegate_election/" + electionId,
                    ElectionStatus.OPEN.name(), ElectionStatus.CLOSED.name() + " ballots=" + ballotCount(electionId));
            seatTheElected(election, staff);
        }
        return changed;
    }

    /**
     * In the same transaction as the close, so a close never leaves its committee half-filled: the elected join the
     * election's committee as members from the day of the vote. Candidates tied for the last seat are not seated;
     * staff add whoever the forum's rule designates from the committee's page.
     */
    private void seatTheElected(DelegateElection election, String staff) {
        if (election.committeeBodyId() == null) {
            return;
        }
        entityManager.flush();
        List<String> elected = view(election, null).candidates().stream()
                .filter(ElectionView.Candidate::elected).map(ElectionView.Candidate::name).toList();
        // The day of a vote is the commune's calendar day, which is the platform clock's.
        LocalDate voteDay = LocalDate.ofInstant(election.closedAt(), clock.getZone());
        committees.seatElectedDelegates(election.committeeBodyId(), elected, voteDay, staff);
    }

    /**
     * A vote for someone admitted at the door without an account, recorded by staff against their door number. The
     * ballot is keyed by that attendance record, under its own unique key: one vote per door number, whatever the
     * concurrency.
     */
    @Transactional
    public BallotOutcome recordWalkInVote(long forumId, long electionId, long candidateId, long doorNumber,
                                          String staff) {
        DelegateElection election = elections.lockForBallot(electionId)
                .filter(e -> e.forumId() == forumId)
                .orElseThrow(() -> new ElectionNotFoundException(electionId));
        if (election.status() != ElectionStatus.OPEN) {
            return BallotOutcome.NOT_OPEN;
        }
        boolean standing = candidates.findById(candidateId).map(c -> c.electionId() == electionId).orElse(false);
        if (!standing) {
            return BallotOutcome.UNKNOWN_CANDIDATE;
        }
        if (!forums.admittedWithoutAccount(forumId, doorNumber)) {
            return BallotOutcome.UNKNOWN_DOOR_NUMBER;
        }
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO delegate_ballot (election_id, candidate_id, attendance_id, recorded_by)
                        VALUES (:election, :candidate, :attendance, :staff)
                        ON CONFLICT ON CONSTRAINT delegate_ballot_one_per_attendance DO NOTHING""")
                .setParameter("election", electionId)
                .setParameter("candidate", candidateId)
                .setParameter("attendance", doorNumber)
                .setParameter("staff", staff)
                .executeUpdate();
        if (inserted == 1) {
            // The audit says that staff recorded a walk-in's ballot, never for whom.
            audit.record(staff, CurrentCommune.require().slug(), "delegates.walk-in-ballot",
                    "delegate_election/" + electionId, null, "door=" + doorNumber);
        }
        return inserted == 1 ? BallotOutcome.CAST : BallotOutcome.ALREADY_VOTED;
    }

    /** The neighbourhood committees an election may feed, for the staff form. */
    @Transactional(readOnly = true)
    public List<NeighbourhoodCommittees.Committee> committees() {
        return committees.all();
    }

    @Transactional
    public BallotOutcome vote(long forumId, long electionId, long candidateId, String voter) {
        DelegateElection election = elections.lockForBallot(electionId)
                .filter(e -> e.forumId() == forumId)
                .orElseThrow(() -> new ElectionNotFoundException(electionId));
        if (election.status() != ElectionStatus.OPEN) {
            return BallotOutcome.NOT_OPEN;
        }
        boolean standing = candidates.findById(candidateId).map(c -> c.electionId() == electionId).orElse(false);
        if (!standing) {
            return BallotOutcome.UNKNOWN_CANDIDATE;
        }
        if (!forums.attended(forumId, voter)) {
            return BallotOutcome.NOT_AN_ATTENDEE;
        }
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO delegate_ballot (election_id, candidate_id, voter) VALUES (:election, :candidate, :voter)
                        ON CONFLICT ON CONSTRAINT delegate_ballot_one_per_voter DO NOTHING""")
                .setParameter("election", electionId)
                .setParameter("candidate", candidateId)
                .setParameter("voter", voter)
                .executeUpdate();
        return inserted == 1 ? BallotOutcome.CAST : BallotOutcome.ALREADY_VOTED;
    }

    /** The forum's elections as {@code viewer} (null when signed out) sees them. */
    @Transactional(readOnly = true)
    public List<ElectionView> atForum(long forumId, String viewer) {
        forums.find(forumId);
        return elections.findByForumIdOrderById(forumId).stream().map(e -> view(e, viewer)).toList();
    }

    @Transactional(readOnly = true)
    public long ballotCount(long electionId) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM delegate_ballot WHERE election_id = :id")
                .setParameter("id", electionId).getSingleResult()).longValue();
    }

    private DelegateElection lockedForChange(long forumId, long electionId) {
        return elections.lockForChange(electionId)
                .filter(e -> e.forumId() == forumId)
                .orElseThrow(() -> new ElectionNotFoundException(electionId));
    }

    private ElectionView view(DelegateElection election, String viewer) {
        List<DelegateCandidate> standing = candidates.findByElectionIdOrderByPosition(election.id());
        boolean closed = election.status() == ElectionStatus.CLOSED;
        Map<Long, Long> votes = closed ? votesByCandidate(election.id()) : Map.of();
        List<ElectionView.Candidate> shown;
        boolean tie = false;
        if (closed) {
            List<DelegateCandidate> ranked = standing.stream()
                    .sorted((a, b) -> Long.compare(votes.getOrDefault(b.id(), 0L), votes.getOrDefault(a.id(), 0L)))
                    .toList();
            int seats = Math.min(election.seats(), ranked.size());
            long lastElectedVotes = seats == 0 ? 0 : votes.getOrDefault(ranked.get(seats - 1).id(), 0L);
            // A tie for the last seat is not settled by list order: the page says so and staff apply the forum's rule.
            tie = ranked.size() > seats && votes.getOrDefault(ranked.get(seats).id(), 0L) == lastElectedVotes;
            boolean tieForLast = tie;
            shown = java.util.stream.IntStream.range(0, ranked.size()).mapToObj(i -> {
                DelegateCandidate c = ranked.get(i);
                long count = votes.getOrDefault(c.id(), 0L);
                boolean elected = i < seats && !(tieForLast && count == lastElectedVotes);
                return new ElectionView.Candidate(c.id(), c.name(), count, elected);
            }).toList();
        } else {
            shown = standing.stream().map(c -> new ElectionView.Candidate(c.id(), c.name(), null, false)).toList();
        }
        boolean voted = viewer != null && ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM delegate_ballot WHERE election_id = :id AND voter = :voter")
                .setParameter("id", election.id()).setParameter("voter", viewer).getSingleResult()).longValue() > 0;
        Map<String, String> committeeName = election.committeeBodyId() == null ? Map.of()
                : committees.find(election.committeeBodyId()).map(NeighbourhoodCommittees.Committee::name).orElse(Map.of());
        return new ElectionView(election.id(), election.forumId(), election.neighbourhood().values(), election.seats(),
                election.status(), ballotCount(election.id()), voted, shown, tie, election.committeeBodyId(),
                committeeName);
    }

    private Map<Long, Long> votesByCandidate(long electionId) {
        Map<Long, Long> votes = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT candidate_id, count(*) FROM delegate_ballot WHERE election_id = :id GROUP BY candidate_id")
                .setParameter("id", electionId).getResultList();
        rows.forEach(row -> votes.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return votes;
    }
}
