package ma.mocharaka.portal.information;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Repository;

/**
 * The register's filters as one query in the commune's schema, so the database counts and pages the requests and
 * only a page of them is ever read. Newest filing first, then newest id: requests filed the same day keep their
 * order from one page to the next.
 */
@Repository
class InfoRequestRegister {

    private static final List<RequestStatus> OPEN = List.of(RequestStatus.RECEIVED, RequestStatus.EXTENDED);

    @PersistenceContext
    private EntityManager entityManager;

    long count(RegisterFilter filter, LocalDate today) {
        return bind(entityManager.createQuery("SELECT count(r) FROM InfoRequest r" + where(filter), Long.class),
                filter, today).getSingleResult();
    }

    List<InfoRequest> rows(RegisterFilter filter, LocalDate today, int offset, int limit) {
        return bind(entityManager.createQuery("SELECT r FROM InfoRequest r" + where(filter)
                        + " ORDER BY r.filedOn DESC, r.id DESC", InfoRequest.class), filter, today)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Every request the filters keep, for the CSV export, which is the whole register by design. */
    List<InfoRequest> all(RegisterFilter filter, LocalDate today) {
        return bind(entityManager.createQuery("SELECT r FROM InfoRequest r" + where(filter)
                + " ORDER BY r.filedOn DESC, r.id DESC", InfoRequest.class), filter, today).getResultList();
    }

    /**
     * The shown status as SQL: an implicit refusal is an open request past its deadline (as
     * {@link InformationClock#isImplicitRefusal} reads it), so an open status alone keeps only those still in time.
     */
    private static String where(RegisterFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.year() != null) {
            conditions.add("r.filedOn >= :yearStart AND r.filedOn < :nextYearStart");
        }
        if (filter.channel() != null) {
            conditions.add("r.channel = :channel");
        }
        if (filter.status() != null) {
            conditions.add(switch (filter.status()) {
                case "OPEN" -> "r.status IN :open";
                case "IMPLICIT_REFUSAL" -> "r.status IN :open AND r.dueOn < :today";
                case "RECEIVED", "EXTENDED" -> "r.status = :status AND r.dueOn >= :today";
                default -> "r.status = :status";
            });
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, RegisterFilter filter, LocalDate today) {
        if (filter.year() != null) {
            query.setParameter("yearStart", LocalDate.of(filter.year(), 1, 1));
            query.setParameter("nextYearStart", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.channel() != null) {
            query.setParameter("channel", filter.channel());
        }
        if (filter.status() != null) {
            switch (filter.status()) {
                case "OPEN" -> query.setParameter("open", OPEN);
                case "IMPLICIT_REFUSAL" -> query.setParameter("open", OPEN).setParameter("today", today);
                case "RECEIVED", "EXTENDED" -> query.setParameter("status", RequestStatus.valueOf(filter.status()))
                        .setParameter("today", today);
                default -> query.setParameter("status", RequestStatus.valueOf(filter.status()));
            }
        }
        return query;
    }
}
