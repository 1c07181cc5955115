package ma.mocharaka.platform.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CommuneStatus;

/**
 * Creates and migrates commune schemas. Each commune is migrated under a PostgreSQL advisory lock on its id, so
 * several app instances starting together never migrate the same schema twice at once; a failure marks that commune
 * failed and leaves the others alone.
 */
public class CommuneSchemaMigrator {

    public static final String STEP = "MIGRATE";

    /** Advisory-lock namespace for commune migrations: "MOCH" in ASCII. */
    private static final int LOCK_NAMESPACE = 0x4d4f4348;

    private static final Logger log = LoggerFactory.getLogger(CommuneSchemaMigrator.class);

    private final DataSource dataSource;
    private final CommuneRegistry registry;
    private final CommuneChangelog changelog;
    private final int parallelism;
    private final Counter failures;

    public CommuneSchemaMigrator(DataSource dataSource, CommuneRegistry registry, CommuneChangelog changelog,
                                 int parallelism, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.changelog = changelog;
        this.parallelism = Math.max(1, parallelism);
        this.failures = Counter.builder("mocharaka.commune.migration.failures")
                .description("Commune schemas whose migration failed")
                .register(meters);
    }

    public int targetVersion() {
        return changelog.version();
    }

    /** Creates the schema if needed and applies the changelog; returns the version reached. */
    public int migrate(Commune commune) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            lock(connection, commune);
            try {
                changelog.apply(connection, commune.schemaName());
            } finally {
                unlock(connection, commune);
                connection.setSchema("platform");
                connection.setAutoCommit(autoCommit);
            }
        }
        return changelog.version();
    }

    /** Migrates every lagging commune in bounded parallel; returns the report of what happened. */
    public MigrationReport migrateLagging() {
        List<Commune> lagging = registry.findLagging(changelog.version());
        if (lagging.isEmpty()) {
            return new MigrationReport(0, List.of(), List.of());
        }
        log.info("Migrating {} commune schema(s) to version {}", lagging.size(), changelog.version());
        List<String> migrated = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, lagging.size()))) {
            List<Future<Boolean>> outcomes = lagging.stream()
                    .map(commune -> pool.submit(() -> migrateOne(commune)))
                    .toList();
            for (int i = 0; i < lagging.size(); i++) {
                boolean ok;
                try {
                    ok = outcomes.get(i).get();
                } catch (Exception e) {
                    ok = false;
                }
                (ok ? migrated : failed).add(lagging.get(i).slug());
            }
        }
        if (!failed.isEmpty()) {
            log.error("Commune schema migration failed for {}; the other communes are served", failed);
        }
        return new MigrationReport(lagging.size(), List.copyOf(migrated), List.copyOf(failed));
    }

    private boolean migrateOne(Commune commune) {
        try {
            int version = migrate(commune);
            registry.markMigrated(commune, version);
            return true;
        } catch (Exception e) {
            failures.increment();
            log.error("Migration of commune {} failed", commune.slug(), e);
            registry.markStep(commune, CommuneStatus.FAILED, STEP, CommuneChangelog.rootMessage(e));
            return false;
        }
    }

    private static void lock(Connection connection, Commune commune) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            statement.setInt(1, LOCK_NAMESPACE);
            statement.setInt(2, Math.toIntExact(commune.id()));
            statement.execute();
        }
    }

    private static void unlock(Connection connection, Commune commune) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, LOCK_NAMESPACE);
            statement.setInt(2, Math.toIntExact(commune.id()));
            statement.execute();
        }
    }

    public record MigrationReport(int lagging, List<String> migrated, List<String> failed) {
    }
}
