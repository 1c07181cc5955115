package ma.mocharaka.portal.consultations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * What staff type to put a draft to consultation. Each language's text is split into sections by lines starting
 * with {@code ## } (the section's title); the languages filled in must have the same sections in the same order.
 */
public record ConsultationDraftForm(@NotNull DocumentKind kind,
                                    @Size(max = 300) String titleAr, @Size(max = 300) String titleFr,
                                    @Size(max = 300) String titleZgh, @Size(max = 300) String titleEn,
                                    @Size(max = 4000) String summaryAr, @Size(max = 4000) String summaryFr,
                                    @Size(max = 4000) String summaryZgh, @Size(max = 4000) String summaryEn,
                                    @NotNull(message = "{consultations.error.window}") LocalDate opensOn,
                                    @NotNull(message = "{consultations.error.window}") LocalDate closesOn,
                                    @Size(max = 100000) String textAr, @Size(max = 100000) String textFr,
                                    @Size(max = 100000) String textZgh, @Size(max = 100000) String textEn) {

    public static ConsultationDraftForm empty() {
        return new ConsultationDraftForm(DocumentKind.CHARTER, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** The form filled with the published draft, each language's sections written back as "## " blocks. */
    static ConsultationDraftForm of(ConsultationView consultation) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : new String[] {"ar", "fr", "zgh", "en"}) {
            StringBuilder text = new StringBuilder();
            for (ConsultationView.Section section : consultation.sections()) {
                String sectionTitle = section.title().get(language);
                if (sectionTitle != null) {
                    text.append("## ").append(sectionTitle).append('\n')
                            .append(section.body().getOrDefault(language, "")).append("\n\n");
                }
            }
            texts.put(language, text.toString().strip());
        }
        Map<String, String> title = consultation.title();
        Map<String, String> summary = consultation.summary();
        return new ConsultationDraftForm(consultation.documentKind(), title.get("ar"), title.get("fr"),
                title.get("zgh"), title.get("en"), summary.get("ar"), summary.get("fr"), summary.get("zgh"),
                summary.get("en"), consultation.opensOn(), consultation.closesOn(), texts.get("ar"), texts.get("fr"),
                texts.get("zgh"), texts.get("en"));
    }

    public LocalizedText title() {
        return LocalizedText.of(titleAr, titleFr, titleZgh, titleEn);
    }

    @AssertTrue(message = "{consultations.error.title}")
    public boolean isTitled() {
        return !title().isEmpty();
    }

    @AssertTrue(message = "{consultations.error.windowOrder}")
    public boolean isWindowInOrder() {
        return opensOn == null || closesOn == null || !closesOn.isBefore(opensOn);
    }

    @AssertTrue(message = "{consultations.error.sections}")
    public boolean isSplitIntoMatchingSections() {
        return sections() != null;
    }

    /** The sections across languages, or null when no language has any or the languages do not line up. */
    List<ConsultationDraft.Section> sections() {
        Map<String, List<String[]>> byLanguage = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("ar", textAr);
        texts.put("fr", textFr);
        texts.put("zgh", textZgh);
        texts.put("en", textEn);
        for (Map.Entry<String, String> text : texts.entrySet()) {
            if (text.getValue() != null && !text.getValue().isBlank()) {
                List<String[]> parts = split(text.getValue());
                if (parts == null) {
                    return null;
                }
                byLanguage.put(text.getKey(), parts);
            }
        }
        if (byLanguage.isEmpty() || byLanguage.values().stream().map(List::size).distinct().count() != 1) {
            return null;
        }
        int count = byLanguage.values().iterator().next().size();
        List<ConsultationDraft.Section> sections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            sections.add(new ConsultationDraft.Section(
                    LocalizedText.of(at(byLanguage, "ar", index, 0), at(byLanguage, "fr", index, 0), at(byLanguage, "zgh", index, 0), at(byLanguage, "en", index, 0)),
                    LocalizedText.of(at(byLanguage, "ar", index, 1), at(byLanguage, "fr", index, 1), at(byLanguage, "zgh", index, 1), at(byLanguage, "en", index, 1))));
        }
        return sections;
    }

    ConsultationDraft toDraft() {
        return new ConsultationDraft(kind, title(), LocalizedText.of(summaryAr, summaryFr, summaryZgh, summaryEn),
                opensOn, closesOn, sections());
    }

    /** Title and body of each "## " block; null if text comes before the first title or a title is empty. */
    private static List<String[]> split(String text) {
        List<String[]> parts = new ArrayList<>();
        StringBuilder body = null;
        String title = null;
        for (String line : text.split("\\R")) {
            if (line.startsWith("## ")) {
                if (title != null) {
                    parts.add(new String[] {title, body.toString().strip()});
                }
                title = line.substring(3).strip();
                if (title.isEmpty()) {
                    return null;
                }
                body = new StringBuilder();
            } else if (title == null) {
                if (!line.isBlank()) {
                    return null;
                }
            } else {
                body.append(line).append('\n');
            }
        }
        if (title != null) {
            parts.add(new String[] {title, body.toString().strip()});
        }
        return parts.isEmpty() ? null : parts;
    }

    private static String at(Map<String, List<String[]>> byLanguage, String language, int index, int part) {
        List<String[]> parts = byLanguage.get(language);
        if (parts == null) {
            return null;
        }
        String value = parts.get(index)[part];
        return value.isBlank() ? null : value;
    }
}
