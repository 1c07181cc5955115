package ma.mocharaka.portal.residence;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.portal.privacy.PersonalData;
import ma.mocharaka.portal.privacy.PersonalDataRows;

/**
 * A verified resident's record. Erasure unlinks the account and drops the name, but keeps the CIN's keyed hash and
 * last three characters: the signatures the person gave (online or on paper) reference that hash and stay counted,
 * and it is what stops the same card from signing the same petition a second time under a new account or on paper.
 * Without the account and the name, and with the hash keyed by a secret held outside the database, the row no longer
 * says who the person is.
 */
@Component
class ResidencePersonalData implements PersonalData {

    /** What stands where the name was: the column is required, and an erased record must still read as such to staff. */
    static final String ERASED_NAME = "—";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String section() {
        return "residence";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String account) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT full_name, cin_last3, verified_by, verified_at FROM verified_resident WHERE username = :account""")
                .setParameter("account", account).getResultList();
        return rows.isEmpty() ? null
                : PersonalDataRows.named(rows, "fullName", "cinLastThree", "verifiedBy", "verifiedAt").getFirst();
    }

    @Override
    @Transactional
    public void erase(String account) {
        entityManager.createNativeQuery("""
                        UPDATE verified_resident SET username = NULL, full_name = :erased WHERE username = :account""")
                .setParameter("erased", ERASED_NAME).setParameter("account", account).executeUpdate();
    }
}
