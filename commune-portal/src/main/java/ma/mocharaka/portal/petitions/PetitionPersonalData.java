package ma.mocharaka.portal.petitions;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.portal.privacy.PersonalData;
import ma.mocharaka.portal.privacy.PersonalDataRows;
import ma.mocharaka.portal.residence.ResidenceVerification;

/**
 * A citizen's signatures. The export lists those given online under the account and, for a verified resident, those
 * staff typed from paper sheets under the same card. Erasure keeps every signature (art. 123 counts them, and the
 * council may already have received the list) but removes the account from it; the CIN's keyed hash stays, as the
 * residence module explains. Committees are recorded by the names the petition's authors gave (representative and
 * deputy), never by account, so they are not part of an account's data and are left as the petition was filed.
 */
@Component
class PetitionPersonalData implements PersonalData {

    private final ResidenceVerification residence;

    @PersistenceContext
    private EntityManager entityManager;

    PetitionPersonalData(ResidenceVerification residence) {
        this.residence = residence;
    }

    @Override
    public String section() {
        return "petitions";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String account) {
        String cinHash = residence.fingerprintOf(account).map(cin -> cin.hash()).orElse("");
        var rows = entityManager.createNativeQuery("""
                        SELECT s.petition_id, CAST(p.title AS text), s.channel, s.cin_last3, s.signed_at
                          FROM petition_signature s JOIN petition p ON p.id = s.petition_id
                         WHERE s.username = :account OR s.cin_hash = :hash
                         ORDER BY s.signed_at, s.id""")
                .setParameter("account", account).setParameter("hash", cinHash).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        var signatures = PersonalDataRows.named(rows, "petition", "title", "channel", "cinLastThree", "signedAt");
        signatures.forEach(signature -> signature.put("title", PersonalDataRows.jsonObject(signature.get("title"))));
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("signatures", signatures);
        return section;
    }

    @Override
    @Transactional
    public void erase(String account) {
        // Online signatures name the account twice: as the signer and as who entered the signature.
        entityManager.createNativeQuery("UPDATE petition_signature SET username = NULL, entered_by = "
                        + PersonalDataRows.ERASED_SQL + " WHERE username = :account OR entered_by = :account")
                .setParameter("account", account).executeUpdate();
    }
}
