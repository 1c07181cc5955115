package ma.mocharaka.platform.quota;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param quotas      limits by quota name; {@code default} applies to a name that has none of its own
 * @param quotaSecret key of the hashes that stand for clients in Redis, shared by every instance (at least 16
 *                    characters); changing it only restarts the counts
 */
@ConfigurationProperties("mocharaka")
public record QuotaProperties(Map<String, Limit> quotas, String quotaSecret) {

    public static final String DEFAULT = "default";

    /** When the configuration names no default at all: 20 writes per client per 10 minutes. */
    static final Limit FALLBACK = new Limit(20, Duration.ofMinutes(10));

    public QuotaProperties {
        quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
        if (quotaSecret == null || quotaSecret.length() < 16) {
            throw new IllegalStateException(
                    "mocharaka.quota-secret (MOCHARAKA_QUOTA_SECRET) must hold at least 16 characters");
        }
    }

    public Limit limitFor(String quota) {
        Limit fallback = quotas.getOrDefault(DEFAULT, FALLBACK).orElse(FALLBACK);
        Limit own = quotas.get(quota);
        return own == null ? fallback : own.orElse(fallback);
    }

    /** @param capacity writes allowed in a burst; @param per time in which that many come back, one by one */
    public record Limit(Integer capacity, Duration per) {
        public Limit {
            if (capacity != null && capacity < 1) {
                throw new IllegalStateException("A write quota's capacity must be at least 1, not " + capacity);
            }
            if (per != null && (per.isZero() || per.isNegative())) {
                throw new IllegalStateException("A write quota's period must be positive, not " + per);
            }
        }

        /** A limit that names only one of the two takes the other from {@code fallback}. */
        Limit orElse(Limit fallback) {
            return new Limit(capacity != null ? capacity : fallback.capacity(), per != null ? per : fallback.per());
        }
    }
}
