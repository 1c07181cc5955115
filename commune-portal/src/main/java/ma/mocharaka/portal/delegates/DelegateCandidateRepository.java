package ma.mocharaka.portal.delegates;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DelegateCandidateRepository extends JpaRepository<DelegateCandidate, Long> {

    List<DelegateCandidate> findByElectionIdOrderByPosition(Long electionId);
}
