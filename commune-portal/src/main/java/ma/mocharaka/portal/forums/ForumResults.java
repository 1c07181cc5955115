package ma.mocharaka.portal.forums;

import java.util.List;
import java.util.Map;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.portal.files.CommuneFiles;

/** What a forum produced, as its public page and the staff page show it. */
public record ForumResults(List<Proposal> proposals, List<CommuneFiles.StoredFile> documents) {

    public record Proposal(long id, Map<String, String> text, Map<String, String> theme) {

        public LocalizedText localizedText() {
            return new LocalizedText(text);
        }

        public LocalizedText localizedTheme() {
            return new LocalizedText(theme);
        }

        public boolean hasTheme() {
            return !localizedTheme().isEmpty();
        }
    }

    public boolean isEmpty() {
        return proposals.isEmpty() && documents.isEmpty();
    }
}
