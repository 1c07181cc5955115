package ma.mocharaka.platform.web;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/**
 * Defences against input no honest form sends, shared by both apps so that every handler, present and future, gets
 * them: see "Hostile input" in docs/security.md.
 */
@AutoConfiguration(after = ma.mocharaka.platform.i18n.PlatformWebConfiguration.class)
@ConditionalOnWebApplication
public class HostileInputConfiguration implements WebMvcConfigurer {

    @Bean
    FilterRegistrationBean<NulCharacterFilter> nulCharacterFilter(MessageSource messages, LocaleResolver locales) {
        FilterRegistrationBean<NulCharacterFilter> registration =
                new FilterRegistrationBean<>(new NulCharacterFilter(messages, locales));
        // After the request id and the commune, before Spring Session and Security read any parameter.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    UnreadableUploadAdvice unreadableUploadAdvice() {
        return new UnreadableUploadAdvice();
    }

    @Bean
    JacksonModule plausibleJsonDates() {
        return new SimpleModule("plausible-dates")
                .addDeserializer(LocalDate.class, new PlausibleDates.JsonDates<>(LocalDate.class, PlausibleDates::date))
                .addDeserializer(LocalDateTime.class,
                        new PlausibleDates.JsonDates<>(LocalDateTime.class, PlausibleDates::dateTime));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        // Registered after Spring Boot's ISO formatters, so these are consulted first.
        registry.addFormatterForFieldType(LocalDate.class, new PlausibleDates.DateFormatter());
        registry.addFormatterForFieldType(LocalDateTime.class, new PlausibleDates.DateAndTimeFormatter());
    }
}
