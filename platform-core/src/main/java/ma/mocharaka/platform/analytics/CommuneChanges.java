package ma.mocharaka.platform.analytics;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The communes whose data changed since analytics last rolled them up: one Redis set shared by every instance of
 * every app. Writers only add a slug (idempotent, O(1)); the roll-up takes the whole set at once. Losing a signal
 * (Redis down, a crash between commit and signal) only delays a commune until the roll-up's full sweep.
 */
public class CommuneChanges {

    private static final Logger log = LoggerFactory.getLogger(CommuneChanges.class);

    private final StringRedisTemplate redis;
    private final String key;

    public CommuneChanges(StringRedisTemplate redis, String namespace) {
        this.redis = redis;
        this.key = namespace + ":analytics:changed-communes";
    }

    /** Never fails the caller's work: a lost signal is caught up by the full sweep. */
    public void changed(String slug) {
        try {
            redis.opsForSet().add(key, slug);
        } catch (RuntimeException e) {
            log.debug("Could not signal a change in commune {}; the next full sweep will pick it up", slug, e);
        }
    }

    /**
     * Takes (and removes) up to {@code max} changed communes. SPOP is atomic, so two roll-up instances never take
     * the same signal. Throws when Redis is unreachable, so the caller knows it learnt nothing.
     */
    public Set<String> take(int max) {
        List<String> popped = redis.opsForSet().pop(key, max);
        return popped == null ? Set.of() : new LinkedHashSet<>(popped);
    }

    /** Puts back communes whose roll-up failed, so the next run tries again. */
    public void putBack(Collection<String> slugs) {
        if (!slugs.isEmpty()) {
            try {
                redis.opsForSet().add(key, slugs.toArray(String[]::new));
            } catch (RuntimeException e) {
                log.debug("Could not put back {} changed communes; the next full sweep will pick them up", slugs.size(), e);
            }
        }
    }
}
