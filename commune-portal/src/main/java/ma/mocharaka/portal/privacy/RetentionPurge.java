package ma.mocharaka.portal.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.tenancy.ForEachCommune;

/**
 * Every night, in every active commune, anonymises or deletes what has outlived the commune's retention period, one
 * transaction per commune and category, and records in the audit trail how many rows each category lost.
 */
@Component
class RetentionPurge {

    static final String ACTOR = "retention-job";

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final ForEachCommune communes;
    private final RetentionSettings settings;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RetentionPurge(ForEachCommune communes, RetentionSettings settings, AuditTrail audit,
                   PlatformTransactionManager transactions, Clock clock) {
        this.communes = communes;
        this.settings = settings;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** At a quiet hour, Morocco time; the schedule can be moved with {@code mocharaka.privacy.purge-cron}. */
    @Scheduled(cron = "${mocharaka.privacy.purge-cron:0 30 3 * * *}", zone = "Africa/Casablanca")
    void nightly() {
        int failures = communes.run("retention-purge", commune -> purgeCurrentCommune(clock.instant()));
        if (failures > 0) {
            log.warn("Retention purge failed in {} commune(s)", failures);
        }
    }

    /** Purges the bound commune as of {@code now}; returns rows changed per category. */
    Map<String, Long> purgeCurrentCommune(Instant now) {
        Map<String, Long> changed = new LinkedHashMap<>();
        for (ExpiringData category : settings.categories()) {
            long rows = transaction.execute(status -> {
                int months = settings.monthsFor(category);
                Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
                long purged = category.purgeBefore(cutoff);
                if (purged > 0) {
                    audit.record(ACTOR, CurrentCommune.require().slug(), "privacy.retention-purge",
                            category.category(), null, purged + " row(s) older than " + months + " month(s)");
                }
                return purged;
            });
            changed.put(category.category(), rows);
        }
        return changed;
    }
}
