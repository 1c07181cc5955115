package ma.mocharaka.platform.testsupport;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test at the real services before the context starts, so no bean can ever bind to the
 * developer's own database or Keycloak: a fresh local database and the local Redis when Docker is missing (with
 * Docker, {@link RealServicesConfiguration}'s containers take over), the test Keycloak, and key prefixes that keep
 * this run apart from any other user of the same Redis. Values are computed on first use. First in order, so that
 * other customizers (the web server's port handling) already see these properties.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class RealServicesContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configurations) {
        return new RealServices();
    }

    static final class RealServices implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            boolean redisUnreachable = List.of(config.getPropertySourceProperties())
                    .contains(RealServicesConfiguration.REDIS_UNREACHABLE + "=true");
            Map<String, Supplier<Object>> values = new java.util.HashMap<>();
            values.put("mocharaka.keycloak.server-url", KeycloakTestServer::ensureRunning);
            values.put("mocharaka.test.portal-port", () -> 18080 + KeycloakTestServer.PORT_OFFSET);
            values.put("mocharaka.test.admin-port", () -> 18081 + KeycloakTestServer.PORT_OFFSET);
            values.put("mocharaka.cache.namespace", () -> "mocharaka-test-" + RealServicesConfiguration.RUN_ID);
            values.put("spring.session.redis.namespace",
                    () -> "mocharaka-test-" + RealServicesConfiguration.RUN_ID + ":session");
            if (!RealServicesConfiguration.Docker.available()) {
                values.put("spring.datasource.url", LocalDatabase::url);
                values.put("spring.datasource.username", LocalDatabase::user);
                values.put("spring.datasource.password", LocalDatabase::password);
                values.put("spring.data.redis.host", () -> LocalDatabase.env("MOCHARAKA_TEST_REDIS_HOST", "127.0.0.1"));
                values.put("spring.data.redis.port", () -> LocalDatabase.env("MOCHARAKA_TEST_REDIS_PORT", "6379"));
            }
            // A loaded CI machine can stall a Redis reply past the production timeout; the app would then rightly
            // skip the cache, but tests that count cache hits need Redis to answer.
            values.put("spring.data.redis.timeout", () -> "5s");
            values.put("spring.data.redis.connect-timeout", () -> "5s");
            if (redisUnreachable) {
                int closedPort = RealServicesConfiguration.closedPort();
                values.put("spring.data.redis.host", () -> "127.0.0.1");
                values.put("spring.data.redis.port", () -> closedPort);
            }
            context.getEnvironment().getPropertySources().addFirst(new PropertySource<>("mocharakaRealServices", values) {
                @Override
                public Object getProperty(String name) {
                    Supplier<Object> value = getSource().get(name);
                    return value == null ? null : value.get();
                }
            });
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RealServices;
        }

        @Override
        public int hashCode() {
            return RealServices.class.hashCode();
        }
    }
}
