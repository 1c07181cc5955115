package ma.mocharaka.platform.migration;

import java.sql.Connection;
import java.sql.SQLException;
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
import liquibase.UpdateSummaryEnum;

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
