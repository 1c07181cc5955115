package ma.mocharaka.portal.forums;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.portal.privacy.PersonalData;
import ma.mocharaka.portal.privacy.PersonalDataRows;

/**
 * Forum registrations, the only forum rows that name an account (attendance lists carry no name). On erasure a
 * registration for a forum still to come is cancelled, which frees the seat; one for a forum already held stays in
 * the counts but no longer names the account, and the attendance row it leads to becomes anonymous with it.
 */
@Component
class ForumPersonalData implements PersonalData {

    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    ForumPersonalData(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String section() {
        return "forums";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String account) {
        var rows = entityManager.createNativeQuery("""
                        SELECT r.forum_id, CAST(f.title AS text), f.starts_at, r.registered_at,
                               a.id IS NOT NULL, a.checked_in_at, a.consent, a.gender, a.age_band, a.disability
                          FROM forum_registration r
                          JOIN forum f ON f.id = r.forum_id
                          LEFT JOIN forum_attendance a ON a.registration_id = r.id
                         WHERE r.participant = :account
                         ORDER BY f.starts_at, r.id""")
                .setParameter("account", account).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        var registrations = PersonalDataRows.named(rows, "forum", "title", "startsAt", "registeredAt", "attended",
                "checkedInAt", "inclusionConsent", "gender", "ageBand", "disability");
        registrations.forEach(row -> row.put("title", PersonalDataRows.jsonObject(row.get("title"))));
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("registrations", registrations);
        return section;
    }

    @Override
    @Transactional
    public void erase(String account) {
        entityManager.createNativeQuery("""
                        DELETE FROM forum_registration r USING forum f
                         WHERE f.id = r.forum_id AND r.participant = :account AND f.starts_at > :now
                           AND NOT EXISTS (SELECT 1 FROM forum_attendance a WHERE a.registration_id = r.id)""")
                .setParameter("account", account)
                .setParameter("now", LocalDateTime.now(clock))
                .executeUpdate();
        entityManager.createNativeQuery("UPDATE forum_registration SET participant = " + PersonalDataRows.ERASED_SQL
                        + " WHERE participant = :account")
                .setParameter("account", account).executeUpdate();
    }
}
