package ma.mocharaka.portal.forums;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ForumRepository extends JpaRepository<Forum, Long> {

    List<Forum> findByEndsAtAfterOrderByStartsAtAsc(LocalDateTime after);

    List<Forum> findTop20ByEndsAtBeforeOrderByStartsAtDesc(LocalDateTime before);

    /** Registrations for one forum queue here, so the last place cannot be given twice. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from Forum f where f.id = :id")
    Optional<Forum> lockById(long id);
}
