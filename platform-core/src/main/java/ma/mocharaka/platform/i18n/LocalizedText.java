package ma.mocharaka.platform.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text a commune types in up to four languages. A reader gets their language, else Arabic, else French, else
 * whatever was written, so a commune that writes only in Arabic still shows something to everyone.
 */
public record LocalizedText(Map<String, String> values) {

    private static final List<String> FALLBACK = List.of("ar", "fr", "en", "zgh");

    public LocalizedText {
        Map<String, String> cleaned = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((language, text) -> {
                if (PlatformLanguage.of(language).isPresent() && text != null && !text.isBlank()) {
                    cleaned.put(language.toLowerCase(Locale.ROOT), text.strip());
                }
            });
        }
        values = Map.copyOf(cleaned);
    }

    public static LocalizedText of(String ar, String fr, String zgh, String en) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ar", ar);
        values.put("fr", fr);
        values.put("zgh", zgh);
        values.put("en", en);
        values.values().removeIf(java.util.Objects::isNull);
        return new LocalizedText(values);
    }

    public String in(Locale locale) {
        return in(PlatformLanguage.of(locale).code());
    }

    public String in(String language) {
        String exact = values.get(language);
        if (exact != null) {
            return exact;
        }
        return FALLBACK.stream().map(values::get).filter(java.util.Objects::nonNull).findFirst().orElse("");
    }

    /** The language the text is actually shown in, so a page can mark a fallback with the right lang and dir. */
    public String languageShownFor(Locale locale) {
        String wanted = PlatformLanguage.of(locale).code();
        if (values.containsKey(wanted)) {
            return wanted;
        }
        return FALLBACK.stream().filter(values::containsKey).findFirst().orElse(wanted);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
