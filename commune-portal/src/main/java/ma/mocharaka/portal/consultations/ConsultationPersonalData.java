package ma.mocharaka.portal.consultations;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.portal.privacy.PersonalData;
import ma.mocharaka.portal.privacy.PersonalDataRows;

/**
 * Contributions and supports. On erasure the texts stay in the consultation (the commune's synthesis may quote them),
 * shown as coming from a deleted account: all of one person's contributions get one random stand-in, so the number
 * of contributors stays right. Supports stay counted, each under its own random value, so they cannot be tied to the
 * contributions or to one another.
 */
@Component
class ConsultationPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String section() {
        return "consultations";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String account) {
        var contributions = entityManager.createNativeQuery("""
                        SELECT s.consultation_id, CAST(c.title AS text), k.id, k.kind, k.body, k.created_at, k.hidden_reason
                          FROM consultation_contribution k
                          JOIN consultation_section s ON s.id = k.section_id
                          JOIN consultation c ON c.id = s.consultation_id
                         WHERE k.author = :account
                         ORDER BY k.created_at, k.id""")
                .setParameter("account", account).getResultList();
        var supports = entityManager.createNativeQuery("""
                        SELECT p.contribution_id, p.supported_at FROM consultation_support p
                         WHERE p.supporter = :account ORDER BY p.supported_at""")
                .setParameter("account", account).getResultList();
        if (contributions.isEmpty() && supports.isEmpty()) {
            return null;
        }
        var contributionRows = PersonalDataRows.named(contributions, "consultation", "title", "contribution", "kind",
                "text", "createdAt", "hiddenReason");
        contributionRows.forEach(row -> row.put("title", PersonalDataRows.jsonObject(row.get("title"))));
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("contributions", contributionRows);
        section.put("supports", PersonalDataRows.named(supports, "contribution", "supportedAt"));
        return section;
    }

    @Override
    @Transactional
    public void erase(String account) {
        entityManager.createNativeQuery("UPDATE consultation_contribution SET author = :pseudonym WHERE author = :account")
                .setParameter("pseudonym", PersonalDataRows.pseudonym()).setParameter("account", account)
                .executeUpdate();
        entityManager.createNativeQuery("UPDATE consultation_support SET supporter = " + PersonalDataRows.ERASED_SQL
                        + " WHERE supporter = :account")
                .setParameter("account", account).executeUpdate();
    }
}
