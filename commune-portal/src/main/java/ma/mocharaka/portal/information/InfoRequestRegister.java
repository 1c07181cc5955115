package ma.mocharaka.portal.information;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        return Kept.by(filter, today).query(entityManager, "SELECT count(r) FROM InfoRequest r", "", Long.class)
                .getSingleResult();
    }

    List<InfoRequest> rows(RegisterFilter filter, LocalDate today, int offset, int limit) {
        return newestFirst(filter, today).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Every request the filters keep, for the CSV export, which is the whole register by design. */
    List<InfoRequest> all(RegisterFilter filter, LocalDate today) {
        return newestFirst(filter, today).getResultList();
    }

    private TypedQuery<InfoRequest> newestFirst(RegisterFilter filter, LocalDate today) {
        return Kept.by(filter, today).query(entityManager, "SELECT r FROM InfoRequest r",
                " ORDER BY r.filedOn DESC, r.id DESC", InfoRequest.class);
    }

    /**
     * The filters as conditions and the values they bind, built together so that the two cannot disagree. The
     * shown status as SQL: an implicit refusal is an open request past its deadline (as
     * {@link InformationClock#isImplicitRefusal} reads it), so an open status alone keeps only those still in time.
     */
    private record Kept(List<String> conditions, Map<String, Object> values) {

        static Kept by(RegisterFilter filter, LocalDate today) {
            Kept kept = new Kept(new ArrayList<>(), new HashMap<>());
            if (filter.year() != null) {
                kept.add("r.filedOn >= :yearStart AND r.filedOn < :nextYearStart",
                        Map.of("yearStart", LocalDate.of(filter.year(), 1, 1),
                                "nextYearStart", LocalDate.of(filter.year() + 1, 1, 1)));
            }
            if (filter.channel() != null) {
                kept.add("r.channel = :channel", Map.of("channel", filter.channel()));
            }
            if (filter.status() != null) {
                switch (filter.status()) {
                    case "OPEN" -> kept.add("r.status IN :open", Map.of("open", OPEN));
                    case "IMPLICIT_REFUSAL" -> kept.add("r.status IN :open AND r.dueOn < :today",
                            Map.of("open", OPEN, "today", today));
                    case "RECEIVED", "EXTENDED" -> kept.add("r.status = :status AND r.dueOn >= :today",
                            Map.of("status", RequestStatus.valueOf(filter.status()), "today", today));
                    default -> kept.add("r.status = :status", Map.of("status", RequestStatus.valueOf(filter.status())));
                }
            }
            return kept;
        }

        private void add(String condition, Map<String, Object> bound) {
            conditions.add(condition);
            values.putAll(bound);
        }

        <T> TypedQuery<T> query(EntityManager entityManager, String select, String order, Class<T> type) {
            String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
            TypedQuery<T> query = entityManager.createQuery(select + where + order, type);
            values.forEach(query::setParameter);
            return query;
        }
    }
}
