package ma.mocharaka.portal.privacy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * The commune's part of the audit trail (who did what, kept in the shared schema). It names staff members and
 * sometimes the citizens they acted for, so it too ends; the minimum keeps a full year for inspections and disputes.
 */
@Component
class AuditRetention implements ExpiringData {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String category() {
        return "AUDIT_TRAIL";
    }

    @Override
    public int defaultMonths() {
        return 60;
    }

    @Override
    public int minimumMonths() {
        return 12;
    }

    @Override
    @Transactional
    public long purgeBefore(Instant cutoff) {
        return entityManager.createNativeQuery("DELETE FROM platform.audit_event WHERE commune = :commune AND at < :cutoff")
                .setParameter("commune", CurrentCommune.require().slug())
                .setParameter("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .executeUpdate();
    }
}
