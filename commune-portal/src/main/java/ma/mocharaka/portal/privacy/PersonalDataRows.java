package ma.mocharaka.portal.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the rows of a module's native query into the maps an export is written from, so each module lists only its
 * own columns and the export keeps their names.
 */
public final class PersonalDataRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PersonalDataRows() {
    }

    /** One map per row, keyed by the given names in the order of the query's columns. */
    public static List<Map<String, Object>> named(List<?> rows, String... names) {
        List<Map<String, Object>> maps = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] values = row instanceof Object[] array ? array : new Object[] {row};
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], i < values.length ? values[i] : null);
            }
            maps.add(map);
        }
        return maps;
    }

    /** A {@code jsonb} column read as text (titles in four languages) back as a map, so the export nests it. */
    public static Map<String, Object> jsonObject(Object text) {
        if (text == null) {
            return Map.of();
        }
        return JSON.readValue(text.toString(), new TypeReference<Map<String, Object>>() {
        });
    }

    /**
     * What an unlinked row says instead of the account: a fresh random value per row (built by the database with
     * {@code gen_random_uuid()}), so rows that stay counted cannot be tied back to one another either.
     */
    public static final String ERASED_SQL = "'erased:' || gen_random_uuid()";

    /** The prefix of every such value; pages show these rows as coming from a deleted account. */
    public static final String ERASED_PREFIX = "erased:";

    /**
     * One random stand-in for one erased account in one table, where counting distinct people must stay right
     * (contributors of a consultation). It is not derived from the account, so it leads back to nobody.
     */
    public static String pseudonym() {
        return ERASED_PREFIX + java.util.UUID.randomUUID();
    }
}
