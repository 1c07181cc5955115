package ma.mocharaka.platform.quota;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import ma.mocharaka.platform.PlatformAutoConfiguration;
import ma.mocharaka.platform.PlatformProperties;

/** Write quotas for every app: {@link WriteQuota} on a controller method is all an app module writes. */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(QuotaProperties.class)
public class WriteQuotaConfiguration {

    @Bean
    WriteQuotas writeQuotas(RedisConnectionFactory connections, QuotaProperties quotas, PlatformProperties platform,
                            @Value("${spring.data.redis.timeout:1s}") Duration redisTimeout, MeterRegistry meters) {
        return new WriteQuotas(connections, quotas, platform.cache().namespace(), redisTimeout, meters);
    }

    @Bean
    QuotaClients quotaClients(QuotaProperties quotas) {
        return new QuotaClients(quotas.quotaSecret());
    }

    @Bean
    WriteQuotaRefusals writeQuotaRefusals(MessageSource messages) {
        return new WriteQuotaRefusals(messages);
    }

    @Bean
    WebMvcConfigurer writeQuotaInterceptor(WriteQuotas quotas, QuotaClients clients) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                // Last, so the language asked for with ?lang= is already set when a refusal is written.
                registry.addInterceptor(new WriteQuotaInterceptor(quotas, clients)).order(Ordered.LOWEST_PRECEDENCE);
            }
        };
    }
}
