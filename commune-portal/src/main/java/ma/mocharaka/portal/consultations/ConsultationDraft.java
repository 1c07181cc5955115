package ma.mocharaka.portal.consultations;

import java.time.LocalDate;
import java.util.List;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A draft as the commune puts it to the public: its window and its sections, in order. */
public record ConsultationDraft(DocumentKind kind, LocalizedText title, LocalizedText summary, LocalDate opensOn,
                                LocalDate closesOn, List<Section> sections) {

    public ConsultationDraft {
        sections = List.copyOf(sections);
        if (title.isEmpty() || sections.isEmpty()) {
            throw new IllegalArgumentException("A consultation needs a title and at least one section");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("A consultation closes on or after the day it opens");
        }
    }

    public record Section(LocalizedText title, LocalizedText body) {
    }
}
