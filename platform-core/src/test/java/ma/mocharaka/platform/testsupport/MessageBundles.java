package ma.mocharaka.platform.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Checks that every bundle under a classpath folder says the same things in Arabic (the default file), French,
 * Amazigh and English, so that no page of any module shows a raw key in one language.
 */
public final class MessageBundles {

    private static final String[] LANGUAGES = {"fr", "zgh", "en"};

    private MessageBundles() {
    }

    /** @param folder e.g. {@code i18n} or {@code i18n/modules} */
    public static void assertSameKeysInEveryLanguage(String folder) throws IOException {
        Map<String, Resource> files = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:" + folder + "/*.properties")) {
            files.put(resource.getFilename(), resource);
        }
        int checked = 0;
        for (Map.Entry<String, Resource> file : files.entrySet()) {
            String name = file.getKey();
            if (name.matches(".*_(fr|zgh|en)\\.properties")) {
                continue;
            }
            Set<String> arabic = keys(file.getValue());
            String base = name.substring(0, name.length() - ".properties".length());
            for (String language : LANGUAGES) {
                Resource translation = files.get(base + "_" + language + ".properties");
                assertThat(translation).as("%s/%s_%s.properties exists", folder, base, language).isNotNull();
                Set<String> translated = keys(translation);
                assertThat(translated).as("keys of %s/%s_%s.properties against %s", folder, base, language, name)
                        .containsExactlyInAnyOrderElementsOf(arabic);
            }
            checked++;
        }
        assertThat(checked).as("bundles found in %s", folder).isPositive();
    }

    private static Set<String> keys(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Set<String> keys = new TreeSet<>();
        properties.keySet().forEach(key -> keys.add((String) key));
        return keys;
    }
}
