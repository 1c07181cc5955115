package ma.mocharaka.platform.quota;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Token buckets in Redis (Bucket4j, compare-and-swap in a Lua script, so instances never race): one per quota,
 * commune and client, holding {@code capacity} writes and giving them back one by one over {@code per}. A bucket's
 * key disappears once it is full again, so nothing about a client outlives its last writes by long. Redis is reached
 * through the app's own Lettuce connection ({@code spring.data.redis.*}); when Redis cannot answer, the write is
 * allowed and a warning logged: losing the counts must not take participation down with it.
 */
public class WriteQuotas {

    private static final Logger log = LoggerFactory.getLogger(WriteQuotas.class);
    private static final Duration KEPT_AFTER_REFILL = Duration.ofSeconds(10);
    private static final long WARNING_INTERVAL = TimeUnit.MINUTES.toNanos(1);

    private final RedisConnectionFactory connections;
    private final QuotaProperties properties;
    private final String namespace;
    private final Duration redisTimeout;
    private final MeterRegistry meters;
    private final AtomicLong nextWarning = new AtomicLong(System.nanoTime());
    private volatile Proxies proxies;

    public WriteQuotas(RedisConnectionFactory connections, QuotaProperties properties, String namespace,
                       Duration redisTimeout, MeterRegistry meters) {
        this.connections = connections;
        this.properties = properties;
        this.namespace = namespace;
        this.redisTimeout = redisTimeout;
        this.meters = meters;
    }

    /**
     * Takes one write from the client's bucket.
     *
     * @return empty when the write may go ahead, or how long until the next one would be allowed
     */
    public Optional<Duration> take(String quota, String commune, String client) {
        QuotaProperties.Limit limit = properties.limitFor(quota);
        // The limit is part of the key: a changed configuration starts new buckets instead of reusing old ones.
        byte[] key = String.join(":", namespace, "quota", quota,
                        limit.capacity() + "-per-" + limit.per().toSeconds() + "s", commune, client)
                .getBytes(StandardCharsets.UTF_8);
        ConsumptionProbe probe;
        try (RedisConnection connection = connections.getConnection()) {
            probe = proxiesFor(connection.getNativeConnection()).builder()
                    .build(key, () -> configuration(limit))
                    .tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException unreachable) {
            unchecked(quota, unreachable);
            return Optional.empty();
        }
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        Counter.builder("mocharaka.quota.refusals")
                .description("Writes refused because a client went over a write quota")
                .tag("quota", quota).tag("commune", commune)
                .register(meters).increment();
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private static BucketConfiguration configuration(QuotaProperties.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.per()))
                .build();
    }

    @SuppressWarnings("unchecked")
    private ProxyManager<byte[]> proxiesFor(Object nativeConnection) {
        Proxies current = proxies;
        if (current != null && current.nativeConnection() == nativeConnection) {
            return current.manager();
        }
        ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_REFILL);
        ProxyManager<byte[]> manager;
        if (nativeConnection instanceof RedisAsyncCommands<?, ?> standalone) {
            manager = Bucket4jLettuce.casBasedBuilder((RedisAsyncCommands<byte[], byte[]>) standalone)
                    .expirationAfterWrite(expiry).requestTimeout(redisTimeout).build();
        } else if (nativeConnection instanceof RedisAdvancedClusterAsyncCommands<?, ?> cluster) {
            manager = Bucket4jLettuce.casBasedBuilder((RedisAdvancedClusterAsyncCommands<byte[], byte[]>) cluster)
                    .expirationAfterWrite(expiry).requestTimeout(redisTimeout).build();
        } else {
            throw new IllegalStateException("Write quotas need a Lettuce connection to Redis, not "
                    + (nativeConnection == null ? "none" : nativeConnection.getClass().getName()));
        }
        proxies = new Proxies(nativeConnection, manager);
        return manager;
    }

    private void unchecked(String quota, RuntimeException cause) {
        Counter.builder("mocharaka.quota.unchecked")
                .description("Writes allowed without counting because Redis did not answer")
                .tag("quota", quota)
                .register(meters).increment();
        long now = System.nanoTime();
        long due = nextWarning.get();
        // One line a minute is enough to see it; one per request would flood the logs for as long as Redis is away.
        if (now - due >= 0 && nextWarning.compareAndSet(due, now + WARNING_INTERVAL)) {
            log.warn("Write quota {} not checked, the write is allowed: Redis did not answer ({})", quota,
                    cause.toString());
        }
    }

    /** Bucket4j's view of the shared Lettuce connection, rebuilt if Spring replaces that connection. */
    private record Proxies(Object nativeConnection, ProxyManager<byte[]> manager) {
    }
}
