package ma.mocharaka.portal.consultations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    List<Consultation> findAllByOrderByOpensOnDesc();

    /** Contributions share this lock and wait only for a synthesis or approval being recorded at that moment. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select c from Consultation c where c.id = :id")
    Optional<Consultation> lockForContribution(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Consultation c where c.id = :id")
    Optional<Consultation> lockForChange(long id);
}
