package ma.mocharaka.platform.observability;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Redis holds sessions and caches, not data: without it public pages are still served, so its loss shows as
 * DEGRADED (answered 200) rather than DOWN, and an orchestrator keeps routing readers to the instance.
 */
public class DegradableRedisHealthIndicator implements HealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED", "Redis unreachable: sessions and caches are off");

    private final RedisConnectionFactory connections;

    public DegradableRedisHealthIndicator(RedisConnectionFactory connections) {
        this.connections = connections;
    }

    @Override
    public Health health() {
        try (RedisConnection connection = connections.getConnection()) {
            String pong = connection.ping();
            return Health.up().withDetail("ping", String.valueOf(pong)).build();
        } catch (RuntimeException e) {
            return Health.status(DEGRADED).withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
