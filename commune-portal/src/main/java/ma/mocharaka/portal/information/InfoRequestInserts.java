package ma.mocharaka.portal.information;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Repository;

/**
 * Files a request with one insert that the database decides: the submission key of the form is unique, so the same
 * form posted twice (a double click, a hundred simultaneous posts) leaves one request, and each post learns which.
 */
@Repository
class InfoRequestInserts {

    @PersistenceContext
    private EntityManager entityManager;

    record NewRequest(String trackingCode, String submissionKey, Channel channel, String account, String name,
                      String email, String phone, String address, String cinHash, String cinLast3, String subject,
                      String details, boolean urgent, String urgentReason, LocalDate filedOn, LocalDate dueOn,
                      String createdBy) {
    }

    /**
     * The id of the new request, or empty when a request with this submission key already exists. The insert
     * returns the id itself: reading it back by key would be a second round trip for every request filed.
     */
    Optional<Long> insert(NewRequest r) {
        return entityManager.createNativeQuery("""
                        INSERT INTO info_request (tracking_code, submission_key, channel, requester_account,
                               requester_name, contact_email, contact_phone, contact_address, cin_hash, cin_last3,
                               subject, details, urgent, urgent_reason, filed_on, first_due_on, due_on, status, created_by)
                        VALUES (:code, :key, :channel, :account, :name, :email, :phone, :address, :cinHash, :cinLast3,
                               :subject, :details, :urgent, :urgentReason, :filedOn, :dueOn, :dueOn, 'RECEIVED', :createdBy)
                        ON CONFLICT (submission_key) DO NOTHING
                        RETURNING id""")
                .setParameter("code", r.trackingCode())
                .setParameter("key", r.submissionKey())
                .setParameter("channel", r.channel().name())
                .setParameter("account", r.account())
                .setParameter("name", r.name())
                .setParameter("email", r.email())
                .setParameter("phone", r.phone())
                .setParameter("address", r.address())
                .setParameter("cinHash", r.cinHash())
                .setParameter("cinLast3", r.cinLast3())
                .setParameter("subject", r.subject())
                .setParameter("details", r.details())
                .setParameter("urgent", r.urgent())
                .setParameter("urgentReason", r.urgentReason())
                .setParameter("filedOn", r.filedOn())
                .setParameter("dueOn", r.dueOn())
                .setParameter("createdBy", r.createdBy())
                .getResultList().stream().findFirst().map(id -> ((Number) id).longValue());
    }

    Optional<Long> idOfSubmission(String submissionKey) {
        return entityManager.createNativeQuery("SELECT id FROM info_request WHERE submission_key = :key")
                .setParameter("key", submissionKey)
                .getResultStream().findFirst().map(id -> ((Number) id).longValue());
    }

    boolean trackingCodeTaken(String code) {
        return !entityManager.createNativeQuery("SELECT 1 FROM info_request WHERE tracking_code = :code")
                .setParameter("code", code).getResultList().isEmpty();
    }
}
