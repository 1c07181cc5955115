package ma.mocharaka.platform.tenancy;

import java.util.regex.Pattern;

/**
 * The public identifier of a commune in URLs and host names ({@code beni-mellal}). The registry has the final say;
 * this shape check only keeps obviously hostile input away from the registry query and its cache.
 */
public final class CommuneSlug {

    private static final Pattern WELL_FORMED = Pattern.compile("^[a-z][a-z0-9-]{0,48}[a-z0-9]$");

    private CommuneSlug() {
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches() && !candidate.contains("--");
    }

    public static String schemaNameFor(String slug) {
        if (!isWellFormed(slug)) {
            throw new IllegalArgumentException("Malformed commune identifier");
        }
        return "commune_" + slug.replace('-', '_');
    }
}
