package ma.mocharaka.platform.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.core.CreateDatabaseChangeLogTableStatement;
import liquibase.util.LiquibaseUtil;

/**
 * The changelog every commune schema follows, applied the way Liquibase would apply it, with Liquibase's parser,
 * SQL generators, checksums and history table ({@code databasechangelog} in the commune's own schema), but without
 * Liquibase's update command around it. That command inspects the history table, takes a lock in a table of its
 * own and commits each change set; for 1,503 schemas its bookkeeping costs more than the DDL, and its lock services
 * are cached per database URL, which every commune schema shares. Here the caller's PostgreSQL advisory lock on the
 * commune replaces Liquibase's lock, a new schema is built in one transaction, and an existing schema gets each
 * pending change set in a transaction of its own. The history stays Liquibase's, so the Liquibase CLI can still read
 * and roll back any commune schema.
 * <p>
 * The version is the number of change sets, so the registry can tell which schemas lag with one query.
 */
public class CommuneChangelog {

    public static final String DEFAULT_LOCATION = "db/commune/changelog.sql";

    private final String location;
    private final ResourceAccessor resources;
    private final DatabaseChangeLog parsed;

    public CommuneChangelog(String location, ClassLoader classLoader) {
        this.location = location;
        this.resources = new ClassLoaderResourceAccessor(classLoader);
        this.parsed = parse();
        for (ChangeSet changeSet : parsed.getChangeSets()) {
            if (changeSet.isAlwaysRun() || changeSet.isRunOnChange() || changeSet.getPreconditions() != null) {
                throw new IllegalStateException("Commune change set " + changeSet.getId()
                        + " uses runAlways, runOnChange or preconditions, which commune schemas do not support");
            }
        }
    }

    public int version() {
        return parsed.getChangeSets().size();
    }

    /**
     * Brings one schema up to date; the caller holds the commune's advisory lock. A schema without history is built
     * in one transaction, so a failure leaves nothing behind; otherwise each pending change set commits on its own,
     * as Liquibase does, and a failure keeps the change sets before it.
     */
    public void apply(Connection connection, String schemaName) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // The schema name comes from the registry and matched its CHECK constraint; quoting keeps it inert.
            statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schemaName + "\"");
            connection.setSchema(schemaName);
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(schemaName);
            database.setLiquibaseSchemaName(schemaName);
            boolean fresh = !hasHistory(connection, schemaName);
            if (fresh) {
                for (Sql history : SqlGeneratorFactory.getInstance()
                        .generateSql(new CreateDatabaseChangeLogTableStatement(), database)) {
                    statement.execute(history.toSql());
                }
            }
            Map<String, String> applied = fresh ? Map.of() : appliedChecksums(connection);
            String deployment = String.valueOf(System.currentTimeMillis()).substring(3);
            int order = applied.size();
            for (ChangeSet changeSet : parsed.getChangeSets()) {
                String checksum = changeSet.generateCheckSum(ChecksumVersion.latest()).toString();
                String stored = applied.get(key(changeSet));
                if (stored != null) {
                    if (!stored.equals(checksum)) {
                        throw new SQLException("Change set " + changeSet.getId() + " was modified after it ran in "
                                + schemaName + "; write a new change set instead");
                    }
                    continue;
                }
                for (Change change : changeSet.getChanges()) {
                    for (Sql generated : SqlGeneratorFactory.getInstance().generateSql(change, database)) {
                        statement.execute(generated.toSql());
                    }
                }
                record(connection, changeSet, ++order, checksum, deployment);
                if (!fresh) {
                    connection.commit();
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } catch (RuntimeException | liquibase.exception.LiquibaseException e) {
            connection.rollback();
            throw new SQLException("Commune changelog failed on schema " + schemaName + ": " + rootMessage(e), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static boolean hasHistory(Connection connection, String schemaName) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = ? AND tablename = 'databasechangelog'")) {
            query.setString(1, schemaName);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    private static Map<String, String> appliedChecksums(Connection connection) throws SQLException {
        Map<String, String> applied = new HashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT id, author, filename, md5sum FROM databasechangelog")) {
            while (rows.next()) {
                applied.put(rows.getString(1) + "::" + rows.getString(2) + "::" + rows.getString(3), rows.getString(4));
            }
        }
        return applied;
    }

    private static String key(ChangeSet changeSet) {
        return changeSet.getId() + "::" + changeSet.getAuthor() + "::" + changeSet.getStoredFilePath();
    }

    private static void record(Connection connection, ChangeSet changeSet, int order, String checksum,
                               String deployment) throws SQLException {
        try (PreparedStatement ran = connection.prepareStatement("""
                INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum,
                                               description, comments, liquibase, deployment_id)
                VALUES (?, ?, ?, now(), ?, 'EXECUTED', ?, ?, ?, ?, ?)""")) {
            ran.setString(1, changeSet.getId());
            ran.setString(2, changeSet.getAuthor());
            ran.setString(3, changeSet.getStoredFilePath());
            ran.setInt(4, order);
            ran.setString(5, checksum);
            ran.setString(6, changeSet.getDescription());
            ran.setString(7, changeSet.getComments());
            ran.setString(8, LiquibaseUtil.getBuildVersion());
            ran.setString(9, deployment);
            ran.executeUpdate();
        }
    }

    private DatabaseChangeLog parse() {
        try {
            Map<String, Object> scope = new HashMap<>();
            scope.put(Scope.Attr.resourceAccessor.name(), resources);
            return Scope.child(scope, () -> ChangeLogParserFactory.getInstance()
                    .getParser(location, resources)
                    .parse(location, new ChangeLogParameters(), resources));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the commune changelog " + location, e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
