package ma.mocharaka.portal.consultations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A consultation as pages and the API show it; contributions never carry their author. */
public record ConsultationView(long id, DocumentKind documentKind, Map<String, String> title,
                               Map<String, String> summary, LocalDate opensOn, LocalDate closesOn,
                               ConsultationState state, boolean acceptingContributions,
                               Map<String, String> synthesis, LocalDate synthesisedOn, LocalDate approvedOn,
                               Map<String, String> finalText, List<Section> sections) {

    public record Section(long id, Map<String, String> title, Map<String, String> body,
                          List<ContributionView> contributions) {

        public LocalizedText localizedTitle() {
            return new LocalizedText(title);
        }

        public LocalizedText localizedBody() {
            return new LocalizedText(body);
        }
    }

    /**
     * {@code body} is null when moderation hid the contribution; {@code hiddenReason} then says why.
     * {@code supportedByViewer} and {@code ownedByViewer} are about whoever is looking, false when signed out.
     */
    public record ContributionView(long id, ContributionKind kind, String body, String hiddenReason, long supports,
                                   boolean supportedByViewer, boolean ownedByViewer) {

        public boolean hidden() {
            return hiddenReason != null;
        }
    }

    public LocalizedText localizedTitle() {
        return new LocalizedText(title);
    }

    public LocalizedText localizedSummary() {
        return new LocalizedText(summary);
    }

    public LocalizedText localizedSynthesis() {
        return new LocalizedText(synthesis);
    }

    public LocalizedText localizedFinalText() {
        return new LocalizedText(finalText);
    }
}
