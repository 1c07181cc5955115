package ma.mocharaka.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ChecksumVersion;
import liquibase.UpdateSummaryEnum;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.core.CreateDatabaseChangeLogTableStatement;
import liquibase.util.LiquibaseUtil;

/**
 * The changelog every commune schema follows. Its version is the number of change sets, so the registry can tell
 * which schemas lag with one query instead of asking Liquibase about each of 1,503 schemas.
 */
public class CommuneChangelog {

    public static final String DEFAULT_LOCATION = "db/commune/changelog.sql";

    private final String location;
    private final ResourceAccessor resources;
    private final DatabaseChangeLog parsed;

    static {
        liquibase.lockservice.LockServiceFactory.getInstance().register(new ExternallyLockedSchema());
    }

    public CommuneChangelog(String location, ClassLoader classLoader) {
        this.location = location;
        this.resources = new ClassLoaderResourceAccessor(classLoader);
        this.parsed = parse();
    }

    public int version() {
        return parsed.getChangeSets().size();
    }

    /**
     * Brings one schema up to date. The change log table lives in the commune's own schema, so each schema carries
     * its own history and can be moved alone. The caller must hold the commune's advisory lock: Liquibase's own lock
     * table is skipped (see {@link ExternallyLockedSchema}).
     */
    public void apply(Connection connection, String schemaName) throws SQLException {
        connection.setSchema(schemaName);
        try {
            Map<String, Object> scope = new HashMap<>();
            scope.put(Scope.Attr.resourceAccessor.name(), resources);
            scope.put(ExternallyLockedSchema.SCOPE_KEY, Boolean.TRUE);
            Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDefaultSchemaName(schemaName);
                database.setLiquibaseSchemaName(schemaName);
                new CommandScope(UpdateCommandStep.COMMAND_NAME)
                        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                        .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, location)
                        .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_ARG, parsed)
                        .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                        .execute();
            });
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("Commune changelog failed on schema " + schemaName + ": " + rootMessage(e), e);
        }
    }

    /** Whether the schema has no Liquibase history yet, as when a commune is provisioned for the first time. */
    public boolean isFresh(Connection connection, String schemaName) throws SQLException {
        try (java.sql.PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = ? AND tablename = 'databasechangelog'")) {
            query.setString(1, schemaName);
            try (java.sql.ResultSet found = query.executeQuery()) {
                return !found.next();
            }
        }
    }

    /**
     * Builds a brand-new schema in one transaction: every change set's SQL, as Liquibase generates it, and its row in
     * the schema's history table, with Liquibase's own checksum, so that later {@link #apply} runs see these change
     * sets as applied. This skips Liquibase's per-run bookkeeping (history-table inspection, locking, one commit per
     * change set), which costs more than the DDL itself when 1,503 schemas are created. The caller holds the
     * commune's advisory lock; any failure rolls the whole schema back.
     */
    public void createFresh(Connection connection, String schemaName) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + schemaName + "\"");
            connection.setSchema(schemaName);
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(schemaName);
            database.setLiquibaseSchemaName(schemaName);
            SqlGeneratorFactory sql = SqlGeneratorFactory.getInstance();
            for (Sql history : sql.generateSql(new CreateDatabaseChangeLogTableStatement(), database)) {
                statement.execute(history.toSql());
            }
            String deployment = String.valueOf(System.currentTimeMillis()).substring(3);
            try (java.sql.PreparedStatement ran = connection.prepareStatement("""
                    INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum,
                                                   description, comments, liquibase, deployment_id)
                    VALUES (?, ?, ?, now(), ?, 'EXECUTED', ?, ?, ?, ?, ?)""")) {
                int order = 0;
                for (ChangeSet changeSet : parsed.getChangeSets()) {
                    for (Change change : changeSet.getChanges()) {
                        for (Sql generated : sql.generateSql(change, database)) {
                            statement.execute(generated.toSql());
                        }
                    }
                    ran.setString(1, changeSet.getId());
                    ran.setString(2, changeSet.getAuthor());
                    ran.setString(3, changeSet.getStoredFilePath());
                    ran.setInt(4, ++order);
                    ran.setString(5, changeSet.generateCheckSum(ChecksumVersion.latest()).toString());
                    ran.setString(6, changeSet.getDescription());
                    ran.setString(7, changeSet.getComments());
                    ran.setString(8, LiquibaseUtil.getBuildVersion());
                    ran.setString(9, deployment);
                    ran.addBatch();
                }
                ran.executeBatch();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e instanceof SQLException sqlException ? sqlException
                    : new SQLException("Creating schema " + schemaName + " failed: " + rootMessage(e), e);
        } catch (liquibase.exception.LiquibaseException e) {
            connection.rollback();
            throw new SQLException("Creating schema " + schemaName + " failed: " + rootMessage(e), e);
        } finally {
            connection.setAutoCommit(autoCommit);
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
