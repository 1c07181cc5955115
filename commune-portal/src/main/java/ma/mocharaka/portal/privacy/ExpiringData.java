package ma.mocharaka.portal.privacy;

import java.time.Instant;

/**
 * One kind of personal data a module keeps only for a while (law 09-08, art. 3: no longer than its purpose needs).
 * Each commune sets how many months it keeps it, else {@link #defaultMonths()} applies; the nightly purge then calls
 * {@link #purgeBefore} in every commune. Implemented by the module that owns the rows, as a Spring bean.
 */
public interface ExpiringData {

    /** Stable name, upper case, e.g. {@code FORUM_REGISTRATIONS}; messages use {@code privacy.retention.<category>}. */
    String category();

    /** The months kept when the commune has not chosen, as documented in docs/privacy.md. */
    int defaultMonths();

    /** The shortest period a commune may choose: below it the data would vanish while still needed. */
    default int minimumMonths() {
        return 1;
    }

    /**
     * Anonymises or deletes, in the current commune, what reached the end of its period before {@code cutoff}.
     * Returns how many rows changed; running it twice changes nothing the second time.
     */
    long purgeBefore(Instant cutoff);
}
