package ma.mocharaka.portal.consultations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    List<Contribution> findBySectionIdInOrderByCreatedAtAscIdAsc(Collection<Long> sectionIds);
}
