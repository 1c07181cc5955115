package ma.mocharaka.admin.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.analytics.CommuneChanges;
import ma.mocharaka.platform.migration.CommuneSchemaMigrator;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * The freshness path without waiting: a write through Hibernate in a commune's context (as any portal module does)
 * signals the commune after commit, and one run of the changed-communes job shows the new figure. A rolled-back
 * write signals nothing.
 */
@AdminTest
class FreshnessTest {

    @Autowired JdbcClient jdbc;
    @Autowired CommuneRegistry registry;
    @Autowired CommuneSchemaMigrator migrator;
    @Autowired RollUp rollUp;
    @Autowired Comparison comparison;
    @Autowired Indicators indicators;
    @Autowired CommuneChanges changes;
    @Autowired PlatformTransactionManager transactionManager;
    @PersistenceContext EntityManager entityManager;

    /** The fixture is shared with other test classes: the attendees added here leave with the test. */
    @org.junit.jupiter.api.AfterEach
    void removeAddedAttendees() {
        for (String slug : List.of(AnalyticsFixture.A, AnalyticsFixture.B)) {
            registry.findBySlug(slug).ifPresent(commune -> {
                jdbc.sql("DELETE FROM " + commune.schemaName() + ".forum_attendance WHERE checked_in_by = 'door'").update();
                rollUp.rollUp(commune);
            });
        }
    }

    private BigDecimal attendees2024() {
        return comparison.compare(CommuneSelection.only(List.of(AnalyticsFixture.A)), Period.parse("2024").orElseThrow(),
                        List.of(indicators.find("forums.attendees").orElseThrow()), "name", Comparison.Direction.ASC,
                        Locale.FRENCH)
                .getFirst().value("forums.attendees");
    }

    private void checkInOneMoreAttendee(Commune commune, boolean commit) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        CurrentCommune.runAs(commune, () -> transaction.executeWithoutResult(status -> {
            entityManager.createNativeQuery("""
                    INSERT INTO forum_attendance (forum_id, consent, checked_in_by)
                    SELECT min(id), false, 'door' FROM forum WHERE starts_at < TIMESTAMP '2025-01-01'""").executeUpdate();
            if (!commit) {
                status.setRollbackOnly();
            }
        }));
    }

    @Test
    void aCommittedWriteShowsUpAfterOneRunOfTheJob() throws Exception {
        AnalyticsFixture.ensure(jdbc, registry, migrator);
        Commune a = registry.findBySlug(AnalyticsFixture.A).orElseThrow();
        rollUp.rollUp(a);
        BigDecimal before = attendees2024();

        checkInOneMoreAttendee(a, true);
        assertThat(attendees2024()).as("pages read only the shared tables").isEqualByComparingTo(before);

        rollUp.rollUpChanged();
        assertThat(attendees2024()).isEqualByComparingTo(before.add(BigDecimal.ONE));
    }

    @Test
    void aRolledBackWriteSignalsNothing() throws Exception {
        AnalyticsFixture.ensure(jdbc, registry, migrator);
        Commune b = registry.findBySlug(AnalyticsFixture.B).orElseThrow();
        changes.take(10_000);
        checkInOneMoreAttendee(b, false);
        assertThat(changes.take(10_000)).doesNotContain(AnalyticsFixture.B);
    }

    @Test
    void theFullSweepCatchesAChangeThatWasNeverSignalled() throws Exception {
        AnalyticsFixture.ensure(jdbc, registry, migrator);
        Commune a = registry.findBySlug(AnalyticsFixture.A).orElseThrow();
        rollUp.rollUp(a);
        BigDecimal before = attendees2024();
        // Straight SQL, bypassing Hibernate: no signal, as when Redis was down.
        jdbc.sql("INSERT INTO " + a.schemaName() + ".forum_attendance (forum_id, consent, checked_in_by) "
                + "SELECT min(id), false, 'door' FROM " + a.schemaName() + ".forum WHERE starts_at < TIMESTAMP '2025-01-01'").update();
        rollUp.sweep();
        assertThat(attendees2024()).isEqualByComparingTo(before.add(BigDecimal.ONE));
    }
}
