package ma.mocharaka.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.MeterRegistry;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.MultiTenancySettings;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

import ma.mocharaka.platform.analytics.CommuneChanges;
import ma.mocharaka.platform.analytics.CommuneWriteSignal;
import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.cache.CommuneCacheKeys;
import ma.mocharaka.platform.cache.LoggingCacheErrorHandler;
import ma.mocharaka.platform.migration.CommuneChangelog;
import ma.mocharaka.platform.migration.CommuneSchemaMigrator;
import ma.mocharaka.platform.migration.StartupMigration;
import ma.mocharaka.platform.observability.CommuneTaggedRequestConvention;
import ma.mocharaka.platform.observability.DegradableRedisHealthIndicator;
import ma.mocharaka.platform.observability.KeycloakHealthIndicator;
import ma.mocharaka.platform.observability.RequestCorrelationFilter;
import ma.mocharaka.platform.provisioning.CommuneOrganizations;
import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.provisioning.KeycloakCommuneOrganizations;
import ma.mocharaka.platform.security.HeaderValueCharacters;
import ma.mocharaka.platform.security.VerifiedTokenCache;
import ma.mocharaka.platform.session.ResilientSessionRepository;
import ma.mocharaka.platform.tenancy.CommuneContextFilter;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CommuneRequestResolver;
import ma.mocharaka.platform.tenancy.CommuneSchemaConnectionProvider;
import ma.mocharaka.platform.tenancy.CommuneStatements;
import ma.mocharaka.platform.tenancy.CommuneTaskDecorator;
import ma.mocharaka.platform.tenancy.CurrentCommuneIdentifierResolver;
import ma.mocharaka.platform.tenancy.ForEachCommune;
import ma.mocharaka.platform.web.RequestMethodReadOnce;
import ma.mocharaka.platform.web.WholeApiAnswers;

/** What every Mocharaka app gets from platform-core: tenancy, migrations, provisioning, security glue, resilience. */
@AutoConfiguration
@EnableConfigurationProperties(PlatformProperties.class)
@EnableCaching
public class PlatformAutoConfiguration implements CachingConfigurer {

    static {
        // Liquibase's usage analytics would phone home from a public-sector platform, and on a closed network each
        // attempt waits for a time-out during every migration; an operator can still opt in explicitly.
        if (System.getProperty("liquibase.analytics.enabled") == null
                && System.getenv("LIQUIBASE_ANALYTICS_ENABLED") == null) {
            System.setProperty("liquibase.analytics.enabled", "false");
        }
    }

    /**
     * The one clock every module asks for "today" and "now". Commune dates (a petition's filing day, a budget phase, a
     * consultation window) are Moroccan dates wherever the server runs: a server in UTC would otherwise be a day behind
     * Morocco between 23:00 and midnight UTC, and modules reading different clocks would disagree about the date.
     * A test that defines its own (fixed) Clock bean replaces this one.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock communeClock() {
        return Clock.system(ZoneId.of("Africa/Casablanca"));
    }

    @Bean
    CommuneRegistry communeRegistry(DataSource dataSource, PlatformProperties properties) {
        return new CommuneRegistry(JdbcClient.create(dataSource), properties.tenancy().registryCacheTtl());
    }

    @Bean
    AuditTrail auditTrail(DataSource dataSource) {
        return new AuditTrail(JdbcClient.create(dataSource));
    }

    @Bean
    CommuneChangelog communeChangelog() {
        return new CommuneChangelog(CommuneChangelog.DEFAULT_LOCATION, getClass().getClassLoader());
    }

    @Bean
    CommuneSchemaMigrator communeSchemaMigrator(DataSource dataSource, CommuneRegistry registry,
                                                CommuneChangelog changelog, PlatformProperties properties,
                                                MeterRegistry meters,
                                                org.springframework.core.env.Environment environment) {
        int parallelism = properties.migration().parallelism();
        if (parallelism <= 0) {
            int poolSize = environment.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10);
            parallelism = Math.max(1, poolSize / 3);
        }
        return new CommuneSchemaMigrator(dataSource, registry, changelog, parallelism, meters);
    }

    @Bean
    StartupMigration startupMigration(CommuneSchemaMigrator migrator) {
        return new StartupMigration(migrator);
    }

    @Bean
    ForEachCommune forEachCommune(CommuneRegistry registry) {
        return new ForEachCommune(registry);
    }

    @Bean
    HibernatePropertiesCustomizer communeSchemaMultiTenancy(DataSource dataSource) {
        return hibernate -> {
            hibernate.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER,
                    new CommuneSchemaConnectionProvider(dataSource));
            hibernate.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER,
                    new CurrentCommuneIdentifierResolver());
        };
    }

    @Bean
    CommuneChanges communeChanges(StringRedisTemplate redis, PlatformProperties properties) {
        return new CommuneChanges(redis, properties.cache().namespace());
    }

    /** Analytics learns which communes changed from the statements themselves; see {@link CommuneWriteSignal}. */
    @Bean
    CommuneWriteSignal communeWriteSignal(ObjectProvider<CommuneChanges> changes) {
        return new CommuneWriteSignal(changes::getObject);
    }

    @Bean
    HibernatePropertiesCustomizer communeWriteSignalOnHibernateStatements(CommuneWriteSignal signal) {
        return hibernate -> hibernate.put(AvailableSettings.STATEMENT_INSPECTOR, signal);
    }

    @Bean
    CommuneStatements communeStatements(DataSource dataSource, CommuneWriteSignal signal) {
        return new CommuneStatements(dataSource, signal::inspect);
    }

    @Bean
    TaskDecorator communeTaskDecorator() {
        return new CommuneTaskDecorator();
    }

    @Bean
    FilterRegistrationBean<RequestCorrelationFilter> requestCorrelationFilter() {
        FilterRegistrationBean<RequestCorrelationFilter> registration =
                new FilterRegistrationBean<>(new RequestCorrelationFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WholeApiAnswers> wholeApiAnswers() {
        FilterRegistrationBean<WholeApiAnswers> registration = new FilterRegistrationBean<>(new WholeApiAnswers());
        // Inside every other filter of ours and Spring Security's, so the answer passes through as few wrappers as can be.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestMethodReadOnce> requestMethodReadOnce() {
        FilterRegistrationBean<RequestMethodReadOnce> registration =
                new FilterRegistrationBean<>(new RequestMethodReadOnce());
        // Last: after any filter that could wrap the request or change its method.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CommuneContextFilter> communeContextFilter(CommuneRegistry registry,
                                                                      CommuneChangelog changelog,
                                                                      PlatformProperties properties) {
        List<CommuneRequestResolver> resolvers = new ArrayList<>();
        properties.tenancy().pathPrefixes().forEach(prefix -> resolvers.add(CommuneRequestResolver.byPathPrefix(prefix)));
        if (!properties.tenancy().baseDomain().isBlank()) {
            resolvers.add(CommuneRequestResolver.byHost(properties.tenancy().baseDomain()));
        }
        int requiredVersion = properties.tenancy().activeOnly() ? changelog.version() : 0;
        FilterRegistrationBean<CommuneContextFilter> registration =
                new FilterRegistrationBean<>(new CommuneContextFilter(registry, resolvers, properties.tenancy().activeOnly(), () -> requiredVersion));
        // After the request id, before Spring Session and Spring Security, which need to know the commune.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    CommuneTaggedRequestConvention communeTaggedRequestConvention() {
        return new CommuneTaggedRequestConvention();
    }

    @Bean
    KeycloakHealthIndicator keycloakHealthIndicator(PlatformProperties properties) {
        return new KeycloakHealthIndicator(properties.keycloak().issuerUri());
    }

    @Bean("redisHealthIndicator")
    DegradableRedisHealthIndicator redisHealthIndicator(RedisConnectionFactory connections) {
        return new DegradableRedisHealthIndicator(connections);
    }

    @Bean
    LettuceClientConfigurationBuilderCustomizer failFastWhenRedisIsDown() {
        // Without this, Lettuce queues commands while reconnecting and every page waits for the timeout.
        return builder -> builder.clientOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
    }

    @Bean
    RedisCacheManagerBuilderCustomizer communeScopedCacheKeys(PlatformProperties properties,
                                                              RedisConnectionFactory connections) {
        // Transaction-aware: an eviction waits for the commit, so a read in between cannot cache the old rows again.
        // Immediate writes: with Lettuce, Spring Data Redis 4 otherwise sends puts and evictions without waiting, so a
        // reader right after a change (the editor's own redirect) could still get the old entry.
        return builder -> builder.cacheWriter(RedisCacheWriter.create(connections, writer -> writer.immediateWrites()))
                .transactionAware().cacheDefaults(RedisCacheConfiguration.defaultCacheConfig()
                .computePrefixWith(new CommuneCacheKeys(properties.cache().namespace()))
                .entryTtl(Duration.ofMinutes(10)));
    }

    @Override
    public CacheErrorHandler errorHandler() {
        return new LoggingCacheErrorHandler();
    }

    @Bean
    static BeanPostProcessor resilientSessionRepository() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SessionRepository<?> repository
                        && !(bean instanceof ResilientSessionRepository)
                        && !(bean instanceof SessionRepositoryFilter<?>)) {
                    return new ResilientSessionRepository((SessionRepository<? extends Session>) repository);
                }
                return bean;
            }
        };
    }

    /** Every app's token decoder (Boot's, from the issuer) remembers the tokens it has verified; see the class. */
    @Bean
    static BeanPostProcessor verifiedTokenCache() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokenCache)) {
                    return new VerifiedTokenCache(decoder, 20_000, Duration.ofMinutes(5));
                }
                return bean;
            }
        };
    }

    /** Spring Security's strict firewall, with a faster check of header values that allows exactly the same. */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(new HeaderValueCharacters());
        return firewall;
    }

    /**
     * No observation of each security filter, authentication and authorization. They timed every one of the dozen
     * filters of every request (a sixth of a ballot's cost) and added nothing that operators read: each request is
     * still timed as a whole ({@code http.server.requests}, tagged by commune), and refusals are logged.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Keycloak keycloakAdminClient(PlatformProperties properties) {
        PlatformProperties.Keycloak keycloak = properties.keycloak();
        return KeycloakBuilder.builder()
                .serverUrl(keycloak.serverUrl())
                .realm(keycloak.realm())
                .grantType("client_credentials")
                .clientId(keycloak.provisionerClientId())
                .clientSecret(keycloak.provisionerClientSecret())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    CommuneOrganizations communeOrganizations(Keycloak keycloak, PlatformProperties properties) {
        return new KeycloakCommuneOrganizations(keycloak, properties.keycloak().realm(),
                properties.keycloak().organizationDomain());
    }

    @Bean
    @ConditionalOnMissingBean
    org.springframework.security.oauth2.client.registration.ClientRegistrationRepository keycloakClientRegistrations(
            PlatformProperties properties) {
        return new org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository(
                ma.mocharaka.platform.security.KeycloakClientRegistration.of(properties.keycloak()));
    }

    @Bean
    CommuneProvisioning communeProvisioning(DataSource dataSource, CommuneRegistry registry,
                                            CommuneSchemaMigrator migrator, CommuneOrganizations organizations,
                                            AuditTrail audit) {
        return new CommuneProvisioning(dataSource, registry, migrator, organizations, audit);
    }
}
