package ma.mocharaka.portal.information;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InfoRequestRepository extends JpaRepository<InfoRequest, Long> {

    Optional<InfoRequest> findByTrackingCode(String trackingCode);

    List<InfoRequest> findByRequesterAccountOrderByIdDesc(String requesterAccount);

    long countByCreatedBy(String createdBy);
}

interface InfoRequestEventRepository extends JpaRepository<InfoRequestEvent, Long> {

    List<InfoRequestEvent> findByRequestIdOrderByHappenedOnAscIdAsc(long requestId);

    List<InfoRequestEvent> findByRequestIdInOrderByHappenedOnAscIdAsc(java.util.Collection<Long> requestIds);

    List<InfoRequestEvent> findAllByOrderByHappenedOnAscIdAsc();
}

interface HolidayRepository extends JpaRepository<Holiday, Long> {

    List<Holiday> findAllByOrderByDayAsc();

    List<Holiday> findByDayBetween(LocalDate from, LocalDate to);

    boolean existsByDay(LocalDate day);
}

interface PublicationRepository extends JpaRepository<Publication, Long> {

    List<Publication> findAllByOrderByPublishedOnDescIdDesc();

    boolean existsByCreatedBy(String createdBy);
}
