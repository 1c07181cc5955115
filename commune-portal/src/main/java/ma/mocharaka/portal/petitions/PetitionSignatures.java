package ma.mocharaka.portal.petitions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Repository;

import ma.mocharaka.portal.residence.CinFingerprints;

/**
 * Signatures, one per CIN hash and petition. The insert itself decides, through the unique key and only while the
 * petition collects, so a hundred simultaneous clicks or a paper sheet typed after an online signature leave one.
 */
@Repository
class PetitionSignatures {

    @PersistenceContext
    private EntityManager entityManager;

    /** True when this signature was added; false when the same person had already signed this petition. */
    boolean add(long petitionId, CinFingerprints.Fingerprint cin, String channel, String username, String enteredBy) {
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO petition_signature (petition_id, cin_hash, cin_last3, channel, username, entered_by)
                        SELECT id, :hash, :last3, :channel, :username, :enteredBy
                          FROM petition WHERE id = :petition AND status = 'COLLECTING'
                        ON CONFLICT (petition_id, cin_hash) DO NOTHING""")
                .setParameter("hash", cin.hash())
                .setParameter("last3", cin.lastThree())
                .setParameter("channel", channel)
                .setParameter("username", username)
                .setParameter("enteredBy", enteredBy)
                .setParameter("petition", petitionId)
                .executeUpdate();
        return inserted == 1;
    }

    long count(long petitionId) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM petition_signature WHERE petition_id = :p")
                .setParameter("p", petitionId).getSingleResult()).longValue();
    }

    boolean hasSigned(long petitionId, String cinHash) {
        return !entityManager.createNativeQuery(
                        "SELECT 1 FROM petition_signature WHERE petition_id = :p AND cin_hash = :h")
                .setParameter("p", petitionId).setParameter("h", cinHash).getResultList().isEmpty();
    }

    long countByChannel(long petitionId, String channel) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM petition_signature WHERE petition_id = :p AND channel = :c")
                .setParameter("p", petitionId).setParameter("c", channel).getSingleResult()).longValue();
    }
}
