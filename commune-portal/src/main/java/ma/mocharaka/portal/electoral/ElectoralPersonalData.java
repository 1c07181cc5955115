package ma.mocharaka.portal.electoral;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.portal.privacy.PersonalData;
import ma.mocharaka.portal.privacy.PersonalDataRows;

/**
 * Failed matching attempts are the only rows here that name an account (list entries name nobody; a successful
 * match is the residence module's). They are exported and deleted with the account.
 */
@Component
class ElectoralPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String section() {
        return "electoralList";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String account) {
        var rows = entityManager.createNativeQuery(
                        "SELECT attempted_at FROM electoral_match_attempt WHERE username = :u ORDER BY attempted_at")
                .setParameter("u", account).getResultList();
        return rows.isEmpty() ? null : java.util.Map.of("failedMatchAttempts", PersonalDataRows.named(rows, "attemptedAt"));
    }

    @Override
    @Transactional
    public void erase(String account) {
        entityManager.createNativeQuery("DELETE FROM electoral_match_attempt WHERE username = :u")
                .setParameter("u", account).executeUpdate();
    }
}
