package ma.mocharaka.portal.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.portal.privacy.ExpiringData;

/**
 * Who signed a closed petition. While a petition collects, the CIN's keyed hash is what makes one person one
 * signature, and until it is decided the council may check the list; once it is closed (inadmissible, accepted or
 * declined) and the period has passed, each signature keeps its place in the count but its hash is replaced by a
 * random one, its last three characters masked and its account and entering staff member removed.
 */
@Component
class PetitionRetention implements ExpiringData {

    private static final ZoneId COMMUNE_TIME = ZoneId.of("Africa/Casablanca");

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String category() {
        return "PETITION_SIGNATURES";
    }

    @Override
    public int defaultMonths() {
        return 24;
    }

    @Override
    public int minimumMonths() {
        // A rejected petition's representative has time to contest the decision with the list at hand.
        return 6;
    }

    @Override
    @Transactional
    public long purgeBefore(Instant cutoff) {
        LocalDate day = LocalDate.ofInstant(cutoff, COMMUNE_TIME);
        return entityManager.createNativeQuery("""
                        UPDATE petition_signature s
                           SET cin_hash = encode(sha256(CAST(CAST(gen_random_uuid() AS text) AS bytea)), 'hex'),
                               cin_last3 = '***', username = NULL, entered_by = 'retention'
                          FROM petition p
                         WHERE p.id = s.petition_id AND p.status IN ('REJECTED', 'ACCEPTED', 'DECLINED')
                           AND COALESCE(p.decision_on, p.admissibility_on) < :day
                           AND s.cin_last3 <> '***'""")
                .setParameter("day", day).executeUpdate();
    }
}
