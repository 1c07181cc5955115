package ma.mocharaka.platform.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The communes whose data changed since analytics last rolled them up: one Redis set shared by every instance of
 * every app. Writers only note a slug in memory; once a second the noted slugs go to Redis in one command, so a
 * write never waits on Redis while it still holds its database connection, and a busy commune costs one command a
 * second however many writes it takes. The roll-up takes the whole set at once. Losing a signal (Redis down, a crash
 * before the next flush) only delays a commune until the roll-up's full sweep.
 */
public class CommuneChanges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CommuneChanges.class);

    private final StringRedisTemplate redis;
    private final String key;
    private final Duration flushEvery;
    private final Set<String> noted = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService flusher;

    public CommuneChanges(StringRedisTemplate redis, String namespace) {
        this(redis, namespace, Duration.ofSeconds(1));
    }

    public CommuneChanges(StringRedisTemplate redis, String namespace, Duration flushEvery) {
        this.redis = redis;
        this.key = namespace + ":analytics:changed-communes";
        this.flushEvery = flushEvery;
    }

    /** Never fails nor blocks the caller's work. */
    public void changed(String slug) {
        noted.add(slug);
    }

    /** Sends the slugs noted so far to Redis; those that could not be sent stay noted for the next flush. */
    public void flush() {
        if (noted.isEmpty()) {
            return;
        }
        List<String> batch = new ArrayList<>(noted);
        batch.forEach(noted::remove);
        try {
            redis.opsForSet().add(key, batch.toArray(String[]::new));
        } catch (RuntimeException e) {
            noted.addAll(batch);
            log.debug("Could not signal changes in {} communes; trying again at the next flush", batch.size(), e);
        }
    }

    /**
     * Takes (and removes) up to {@code max} changed communes, this instance's unsent ones included. SPOP is atomic,
     * so two roll-up instances never take the same signal. Throws when Redis is unreachable, so the caller knows it
     * learnt nothing.
     */
    public Set<String> take(int max) {
        flush();
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

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "commune-changes-flush");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::flushQuietly, flushEvery.toMillis(), flushEvery.toMillis(),
                TimeUnit.MILLISECONDS);
        flusher = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = flusher;
        flusher = null;
        if (executor != null) {
            executor.shutdownNow();
        }
        flushQuietly();
    }

    @Override
    public boolean isRunning() {
        return flusher != null;
    }

    /**
     * Stops after the web server (Boot's graceful shutdown and server stop sit at DEFAULT_PHASE - 1024 and - 2048),
     * so the last requests' signals are flushed, and before the Redis connection factory (phase 0) closes.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.debug("Flushing changed communes failed", e);
        }
    }
}
