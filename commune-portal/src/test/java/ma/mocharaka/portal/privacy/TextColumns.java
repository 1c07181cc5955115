package ma.mocharaka.portal.privacy;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds a value in every text column of every table of the schemas matching a pattern, the columns read from
 * information_schema, so a table added later by any module is searched without changing the tests that use this.
 */
public final class TextColumns {

    private TextColumns() {
    }

    /** "schema.table.column" of every column holding {@code value} somewhere in its text. */
    public static List<String> holding(JdbcClient jdbc, String schemaPattern, String value) {
        List<Map<String, Object>> columns = jdbc.sql("""
                        SELECT c.table_schema, c.table_name, c.column_name
                          FROM information_schema.columns c
                          JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                         WHERE c.table_schema LIKE ? AND t.table_type = 'BASE TABLE'
                           AND c.data_type IN ('character varying', 'text', 'character', 'jsonb')""")
                .params(schemaPattern).query().listOfRows();
        if (columns.size() < 20) {
            throw new IllegalStateException("only " + columns.size() + " text columns found under " + schemaPattern);
        }
        return columns.stream()
                .map(column -> "%s.%s.%s".formatted(column.get("table_schema"), column.get("table_name"), column.get("column_name")))
                .filter(qualified -> {
                    String[] parts = qualified.split("\\.");
                    Long hits = jdbc.sql("SELECT count(*) FROM \"%s\".\"%s\" WHERE position(? in CAST(\"%s\" AS text)) > 0"
                                    .formatted(parts[0], parts[1], parts[2]))
                            .params(value).query(Long.class).single();
                    return hits > 0;
                })
                .toList();
    }
}
