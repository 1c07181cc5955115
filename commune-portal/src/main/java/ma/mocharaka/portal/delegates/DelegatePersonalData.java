package ma.mocharaka.portal.delegates;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.portal.privacy.PersonalData;
import ma.mocharaka.portal.privacy.PersonalDataRows;

/**
 * Delegate ballots. The export shows the citizen their own ballots, since the platform keeps them under the
 * account. Erasure keeps every ballot in the count (an election's result must not move after the fact) under a
 * random value per ballot, so nobody can learn afterwards whom the deleted account voted for.
 */
@Component
class DelegatePersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String section() {
        return "delegates";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String account) {
        var rows = entityManager.createNativeQuery("""
                        SELECT e.id, e.forum_id, CAST(e.neighbourhood AS text), c.name, b.cast_at
                          FROM delegate_ballot b
                          JOIN delegate_election e ON e.id = b.election_id
                          JOIN delegate_candidate c ON c.id = b.candidate_id
                         WHERE b.voter = :account ORDER BY b.cast_at, b.id""")
                .setParameter("account", account).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        var ballots = PersonalDataRows.named(rows, "election", "forum", "neighbourhood", "candidate", "castAt");
        ballots.forEach(row -> row.put("neighbourhood", PersonalDataRows.jsonObject(row.get("neighbourhood"))));
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("ballots", ballots);
        return section;
    }

    @Override
    @Transactional
    public void erase(String account) {
        entityManager.createNativeQuery("UPDATE delegate_ballot SET voter = " + PersonalDataRows.ERASED_SQL
                        + " WHERE voter = :account")
                .setParameter("account", account).executeUpdate();
    }
}
