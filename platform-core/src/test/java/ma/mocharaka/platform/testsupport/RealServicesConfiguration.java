package ma.mocharaka.platform.testsupport;

import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Real PostgreSQL, Redis and Keycloak for integration tests. With Docker, PostgreSQL and Redis are containers
 * wired by {@code @ServiceConnection}; without it, a fresh database on the local PostgreSQL and the local Redis
 * (MOCHARAKA_TEST_PG_*, MOCHARAKA_TEST_REDIS_*). Keycloak always runs from its distribution.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RealServicesConfiguration {

    /** Keeps this run's sessions and cache entries apart from any other run sharing the local Redis. */
    public static final String RUN_ID = UUID.randomUUID().toString().substring(0, 8);

    /** Set by tests that need Redis to be gone: every path then points Redis at a port nothing listens on. */
    public static final String REDIS_UNREACHABLE = "mocharaka.test.redis-unreachable";

    @Bean
    DynamicPropertyRegistrar keycloakAndIsolation(org.springframework.core.env.Environment environment) {
        boolean redisUnreachable = environment.getProperty(REDIS_UNREACHABLE, Boolean.class, false);
        return registry -> {
            if (redisUnreachable) {
                int closedPort = closedPort();
                registry.add("spring.data.redis.host", () -> "127.0.0.1");
                registry.add("spring.data.redis.port", () -> closedPort);
            }
            registry.add("mocharaka.keycloak.server-url", KeycloakTestServer::ensureRunning);
            registry.add("mocharaka.cache.namespace", () -> "mocharaka-test-" + RUN_ID);
            registry.add("spring.session.redis.namespace", () -> "mocharaka-test-" + RUN_ID + ":session");
        };
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DockerAvailable.class)
    static class Containers {

        @Bean
        @ServiceConnection
        PostgreSQLContainer postgres() {
            return new PostgreSQLContainer("postgres:15-alpine");
        }

        @Bean
        @ServiceConnection(name = "redis")
        @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = REDIS_UNREACHABLE,
                havingValue = "false", matchIfMissing = true)
        GenericContainer<?> redis() {
            return new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(DockerMissing.class)
    static class LocalServices {

        @Bean
        DynamicPropertyRegistrar localPostgresAndRedis(org.springframework.core.env.Environment environment) {
            boolean redisUnreachable = environment.getProperty(REDIS_UNREACHABLE, Boolean.class, false);
            return registry -> {
                registry.add("spring.datasource.url", LocalDatabase::url);
                registry.add("spring.datasource.username", LocalDatabase::user);
                registry.add("spring.datasource.password", LocalDatabase::password);
                if (redisUnreachable) {
                    return;
                }
                registry.add("spring.data.redis.host", () -> LocalDatabase.env("MOCHARAKA_TEST_REDIS_HOST", "127.0.0.1"));
                registry.add("spring.data.redis.port", () -> LocalDatabase.env("MOCHARAKA_TEST_REDIS_PORT", "6379"));
            };
        }
    }

    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Docker.available();
        }
    }

    static final class DockerMissing implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !Docker.available();
        }
    }

    static final class Docker {
        private static Boolean available;

        static synchronized boolean available() {
            if (available == null) {
                boolean forcedLocal = "local".equalsIgnoreCase(System.getenv("MOCHARAKA_TEST_SERVICES"));
                available = !forcedLocal && probe();
            }
            return available;
        }

        private static boolean probe() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }
    }
}
