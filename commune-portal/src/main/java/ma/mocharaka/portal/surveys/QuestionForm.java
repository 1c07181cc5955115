package ma.mocharaka.portal.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * A question as staff type it: the prompt in up to four languages and, for a choice, its options one per line in
 * each language used; the languages used must list the same number of options, in the same order.
 */
public record QuestionForm(QuestionKind kind, String promptAr, String promptFr, String promptZgh, String promptEn,
                           String optionsAr, String optionsFr, String optionsZgh, String optionsEn) {

    static final int MAX_OPTIONS = 12;

    public static QuestionForm empty() {
        return new QuestionForm(QuestionKind.SCALE, null, null, null, null, null, null, null, null);
    }

    public LocalizedText prompt() {
        return LocalizedText.of(promptAr, promptFr, promptZgh, promptEn);
    }

    /** The options across languages; empty when none were typed, null when the languages do not line up. */
    List<LocalizedText> options() {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        put(byLanguage, "ar", optionsAr);
        put(byLanguage, "fr", optionsFr);
        put(byLanguage, "zgh", optionsZgh);
        put(byLanguage, "en", optionsEn);
        if (byLanguage.isEmpty()) {
            return List.of();
        }
        if (byLanguage.values().stream().map(List::size).distinct().count() != 1) {
            return null;
        }
        int count = byLanguage.values().iterator().next().size();
        List<LocalizedText> options = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            Map<String, String> label = new LinkedHashMap<>();
            byLanguage.forEach((language, lines) -> label.put(language, lines.get(index)));
            options.add(new LocalizedText(label));
        }
        return options;
    }

    /** The first rule this question breaks, as a message key, or null. */
    String problem() {
        if (kind == null) {
            return "surveys.error.kind";
        }
        if (prompt().isEmpty() || prompt().values().values().stream().anyMatch(text -> text.length() > 500)) {
            return "surveys.error.prompt";
        }
        if (kind == QuestionKind.CHOICE) {
            List<LocalizedText> options = options();
            if (options == null) {
                return "surveys.error.optionsMismatch";
            }
            if (options.size() < 2 || options.size() > MAX_OPTIONS) {
                return "surveys.error.optionsCount";
            }
            if (options.stream().anyMatch(option -> option.values().values().stream().anyMatch(t -> t.length() > 200))) {
                return "surveys.error.optionsCount";
            }
        }
        return null;
    }

    private static void put(Map<String, List<String>> byLanguage, String language, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        byLanguage.put(language, text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
    }
}
