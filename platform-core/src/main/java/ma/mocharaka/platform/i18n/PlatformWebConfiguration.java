package ma.mocharaka.platform.i18n;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language choice for both apps: {@code ?lang=fr} switches, a cookie remembers (no server session needed),
 * Arabic is the default, and anything else falls back to it.
 */
@AutoConfiguration(before = org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication
public class PlatformWebConfiguration implements WebMvcConfigurer {

    public static final String LANGUAGE_PARAMETER = "lang";

    private static final List<java.util.Locale> SUPPORTED = Arrays.stream(PlatformLanguage.values())
            .map(PlatformLanguage::locale).toList();

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("mocharaka-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite(ResponseCookie.from("x").sameSite("Lax").build().getSameSite());
        resolver.setDefaultLocale(PlatformLanguage.DEFAULT.locale());
        resolver.setDefaultLocaleFunction(request -> {
            String accepted = request.getHeader("Accept-Language");
            if (accepted == null || accepted.isBlank()) {
                return PlatformLanguage.DEFAULT.locale();
            }
            List<java.util.Locale.LanguageRange> ranges;
            try {
                ranges = java.util.Locale.LanguageRange.parse(accepted);
            } catch (IllegalArgumentException e) {
                return PlatformLanguage.DEFAULT.locale();
            }
            java.util.Locale match = java.util.Locale.lookup(ranges, SUPPORTED);
            return match == null ? PlatformLanguage.DEFAULT.locale() : match;
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                                     jakarta.servlet.http.HttpServletResponse response, Object handler)
                    throws jakarta.servlet.ServletException {
                String requested = request.getParameter(LANGUAGE_PARAMETER);
                if (requested != null && PlatformLanguage.of(requested).isEmpty()) {
                    return true;
                }
                return super.preHandle(request, response, handler);
            }
        };
        change.setParamName(LANGUAGE_PARAMETER);
        registry.addInterceptor(change);
        registry.addInterceptor(new PageModel());
    }
}
