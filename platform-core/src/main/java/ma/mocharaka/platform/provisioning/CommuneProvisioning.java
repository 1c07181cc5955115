package ma.mocharaka.platform.provisioning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.migration.CommuneSchemaMigrator;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CommuneSlug;
import ma.mocharaka.platform.tenancy.CommuneStatus;

/**
 * Brings a registered commune into service in one call: schema, migrations, identity organization, activation.
 * Every step is idempotent and recorded, so a failed run leaves the commune FAILED at a named step and calling
 * again resumes it; a concurrent call for the same commune is refused rather than run twice.
 */
public class CommuneProvisioning {

    private static final Logger log = LoggerFactory.getLogger(CommuneProvisioning.class);

    /** Advisory-lock namespace for provisioning: "PROV" in ASCII. */
    private static final int LOCK_NAMESPACE = 0x50524f56;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final CommuneRegistry registry;
    private final CommuneSchemaMigrator migrator;
    private final CommuneOrganizations organizations;
    private final AuditTrail audit;

    public CommuneProvisioning(DataSource dataSource, CommuneRegistry registry, CommuneSchemaMigrator migrator,
                               CommuneOrganizations organizations, AuditTrail audit) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.registry = registry;
        this.migrator = migrator;
        this.organizations = organizations;
        this.audit = audit;
    }

    public Commune provision(String slug, String actor) {
        Commune commune = registry.findBySlug(slug)
                .orElseThrow(() -> new IllegalArgumentException("Commune " + slug + " is not in the registry"));
        try (Connection session = dataSource.getConnection()) {
            if (!tryLock(session, commune)) {
                throw new ProvisioningInProgressException(slug);
            }
            Progress progress = new Progress(session, registry);
            try {
                return provisionLocked(registry.findBySlug(slug).orElseThrow(), actor, progress);
            } finally {
                progress.durable();
                unlock(session, commune);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Database unavailable while provisioning " + slug, e);
        }
    }

    private Commune provisionLocked(Commune commune, String actor, Progress progress) throws SQLException {
        CommuneStatus before = commune.status();
        ProvisioningStep step = ProvisioningStep.VALIDATE;
        try {
            progress.started(commune, step);
            if (!commune.schemaName().equals(CommuneSlug.schemaNameFor(commune.slug()))) {
                throw new IllegalStateException("Schema name does not match the commune identifier");
            }
            progress.done(commune, step, null);

            step = ProvisioningStep.CREATE_SCHEMA;
            progress.started(commune, step);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + commune.schemaName() + "\"");
            }
            progress.done(commune, step, commune.schemaName());

            step = ProvisioningStep.MIGRATE;
            progress.started(commune, step);
            int version = migrator.migrate(commune);
            progress.registry.markMigrated(commune, version);
            progress.done(commune, step, "schema version " + version);

            step = ProvisioningStep.CREATE_ORGANIZATION;
            progress.started(commune, step);
            String organizationId = organizations.ensureOrganization(commune);
            progress.registry.recordOrganization(commune, organizationId);
            progress.done(commune, step, organizationId);

            step = ProvisioningStep.ACTIVATE;
            progress.started(commune, step);
            progress.durable();
            registry.markStep(commune, CommuneStatus.ACTIVE, null, null);
            progress.done(commune, step, null);
        } catch (Exception e) {
            String reason = rootMessage(e);
            log.error("Provisioning of commune {} failed at {}", commune.slug(), step, e);
            progress.durable();
            progress.record(commune, step, "FAILED", reason);
            registry.markStep(commune, CommuneStatus.FAILED, step.name(), reason);
            audit.record(actor, commune.slug(), "commune.provision.failed", commune.slug(),
                    before.name(), "FAILED at " + step + ": " + reason);
            throw new ProvisioningFailedException(commune.slug(), step, reason, e);
        }
        audit.record(actor, commune.slug(), "commune.provision", commune.slug(), before.name(), "ACTIVE");
        return registry.findBySlug(commune.slug()).orElseThrow();
    }

    public List<ProvisioningEvent> history(Commune commune) {
        return jdbc.sql("SELECT step, outcome, detail, at FROM platform.provisioning_event WHERE commune_id = ? ORDER BY id")
                .param(commune.id())
                .query((rs, row) -> new ProvisioningEvent(rs.getString("step"), rs.getString("outcome"),
                        rs.getString("detail"), rs.getObject("at", OffsetDateTime.class)))
                .list();
    }

    /**
     * Step-by-step progress, written on the connection that holds the commune's lock. Progress rows are committed
     * without waiting for the disk (synchronous_commit off): they are visible to the console at once, and a crash can
     * only lose the last few of them, after which provisioning again resumes. The outcome, ACTIVE or FAILED, is
     * written durably.
     */
    private static final class Progress {

        private final Connection session;
        private final CommuneRegistry registry;
        private final JdbcClient jdbc;

        private Progress(Connection session, CommuneRegistry registry) throws SQLException {
            this.session = session;
            try (Statement statement = session.createStatement()) {
                statement.execute("SET synchronous_commit TO off");
            }
            this.registry = registry.on(session);
            this.jdbc = JdbcClient.create(new SingleConnectionDataSource(session, true));
        }

        void started(Commune commune, ProvisioningStep step) {
            registry.markStep(commune, CommuneStatus.PROVISIONING, step.name(), null);
            record(commune, step, "STARTED", null);
        }

        void done(Commune commune, ProvisioningStep step, String detail) {
            record(commune, step, "DONE", detail);
        }

        void record(Commune commune, ProvisioningStep step, String outcome, String detail) {
            jdbc.sql("INSERT INTO platform.provisioning_event (commune_id, step, outcome, detail) VALUES (?, ?, ?, ?)")
                    .params(commune.id(), step.name(), outcome, detail)
                    .update();
        }

        void durable() throws SQLException {
            try (Statement statement = session.createStatement()) {
                statement.execute("RESET synchronous_commit");
            }
        }
    }

    private static boolean tryLock(Connection connection, Commune commune) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, LOCK_NAMESPACE);
            statement.setInt(2, Math.toIntExact(commune.id()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection, Commune commune) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, LOCK_NAMESPACE);
            statement.setInt(2, Math.toIntExact(commune.id()));
            statement.execute();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
