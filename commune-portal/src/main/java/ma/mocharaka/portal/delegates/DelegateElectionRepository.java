package ma.mocharaka.portal.delegates;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DelegateElectionRepository extends JpaRepository<DelegateElection, Long> {

    List<DelegateElection> findByForumIdOrderById(Long forumId);

    /** Ballots share this lock with each other and wait only for a closing, so none slips in after the close. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select e from DelegateElection e where e.id = :id")
    Optional<DelegateElection> lockForBallot(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from DelegateElection e where e.id = :id")
    Optional<DelegateElection> lockForChange(long id);
}
