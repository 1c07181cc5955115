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
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Real PostgreSQL and Redis containers, wired by {@code @ServiceConnection}, on machines with Docker. Without Docker,
 * {@link RealServicesContextCustomizerFactory} has already pointed the test at a fresh database on the local
 * PostgreSQL and at the local Redis (MOCHARAKA_TEST_PG_*, MOCHARAKA_TEST_REDIS_*). Keycloak always runs from its
 * distribution.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RealServicesConfiguration {

    /** Keeps this run's sessions and cache entries apart from any other run sharing the local Redis. */
    public static final String RUN_ID = UUID.randomUUID().toString().substring(0, 8);

    /** Set by tests that need Redis to be gone: every path then points Redis at a port nothing listens on. */
    public static final String REDIS_UNREACHABLE = "mocharaka.test.redis-unreachable";

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

    static int closedPort() {
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
