package ma.mocharaka.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message source for an app, made of the bundles named in {@code spring.messages.basename} and of every
 * feature module's own bundle found at {@code i18n/modules/<module>[_<lang>].properties}. A participation
 * mechanism (petitions, budgets, surveys...) thus carries its texts with it, the way it carries its templates,
 * and adding one touches no shared file.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration")
public class ModuleMessagesConfiguration {

    static final String MODULE_BUNDLES = "classpath*:i18n/modules/*.properties";
    private static final Pattern MODULE_BUNDLE = Pattern.compile("([a-z0-9-]+?)(?:_[a-z]{2,3})?\\.properties");

    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(Environment environment) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames(environment).toArray(String[]::new));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static List<String> basenames(Environment environment) {
        Set<String> names = new LinkedHashSet<>();
        String configured = environment.getProperty("spring.messages.basename", "i18n/messages");
        Arrays.stream(configured.split(",")).map(String::trim).filter(name -> !name.isEmpty()).forEach(names::add);
        names.addAll(moduleBasenames());
        return new ArrayList<>(names);
    }

    static Set<String> moduleBasenames() {
        Set<String> names = new java.util.TreeSet<>();
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES)) {
                Matcher name = MODULE_BUNDLE.matcher(String.valueOf(bundle.getFilename()));
                if (name.matches()) {
                    names.add("i18n/modules/" + name.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the modules' message bundles", e);
        }
        return names;
    }
}
