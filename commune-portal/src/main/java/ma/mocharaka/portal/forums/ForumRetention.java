package ma.mocharaka.portal.forums;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.portal.privacy.ExpiringData;
import ma.mocharaka.portal.privacy.PersonalDataRows;

/**
 * Registration lists of forums already held. They name accounts only to seat people and check them in; once the
 * period after the forum's end has passed, each registration stays counted under a random value, and the attendance
 * row it leads to (which never held a name) is anonymous with it.
 */
@Component
class ForumRetention implements ExpiringData {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String category() {
        return "FORUM_REGISTRATIONS";
    }

    @Override
    public int defaultMonths() {
        return 12;
    }

    @Override
    @Transactional
    public long purgeBefore(Instant cutoff) {
        LocalDateTime wallClock = LocalDateTime.ofInstant(cutoff, Forums.COMMUNE_TIME);
        return entityManager.createNativeQuery("UPDATE forum_registration r SET participant = "
                        + PersonalDataRows.ERASED_SQL + " FROM forum f WHERE f.id = r.forum_id AND f.ends_at < :cutoff"
                        + " AND r.participant NOT LIKE '" + PersonalDataRows.ERASED_PREFIX + "%'")
                .setParameter("cutoff", wallClock).executeUpdate();
    }
}
