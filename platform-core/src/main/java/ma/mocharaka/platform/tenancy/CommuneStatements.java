package ma.mocharaka.platform.tenancy;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A single statement in the current commune's schema, sent on any pooled connection as it is, in auto-commit when no
 * transaction is open. For the few hot paths that are one statement (a ballot): Hibernate's way of reaching a commune
 * costs a session, a transaction and two {@code SET search_path} round trips around the statement, three times the
 * work of the statement itself.
 * <p>
 * Tables are written {@code {commune}.table}; the placeholder becomes the current commune's quoted schema name,
 * which comes from the registry, never from the request, and is checked once more here. So the statement names its
 * commune's tables whatever schema the borrowed connection points at, and still reaches one commune only.
 */
public class CommuneStatements {

    public static final String PLACEHOLDER = "{commune}";

    private static final Pattern SCHEMA = Pattern.compile("^commune_[a-z0-9_]{1,60}$");

    private final JdbcClient jdbc;
    private final Consumer<String> statementObserver;

    /**
     * @param statementObserver sees every statement as sent, with the commune still bound (the analytics write signal
     *                          uses it, as it uses Hibernate's statements)
     */
    public CommuneStatements(DataSource dataSource, Consumer<String> statementObserver) {
        this.jdbc = JdbcClient.create(dataSource);
        this.statementObserver = statementObserver;
    }

    /** The statement, with its tables in the current commune's schema; parameters are bound as usual. */
    public JdbcClient.StatementSpec sql(String statement) {
        String qualified = qualify(statement, CurrentCommune.require().schemaName());
        statementObserver.accept(qualified);
        return jdbc.sql(qualified);
    }

    static String qualify(String statement, String schemaName) {
        if (schemaName == null || !SCHEMA.matcher(schemaName).matches()) {
            throw new IllegalStateException("Not a commune schema name");
        }
        if (!statement.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("A commune statement names its tables as " + PLACEHOLDER + ".table");
        }
        return statement.replace(PLACEHOLDER, '"' + schemaName + '"');
    }
}
