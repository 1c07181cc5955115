package ma.mocharaka.portal.forums;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.i18n.LocalizedText;

/** What staff type on a forum's page after (or instead of) the forum: a proposal it produced, or why it is cancelled. */
public final class ForumResultForms {

    private ForumResultForms() {
    }

    public record Proposal(@Size(max = 4000) String textAr, @Size(max = 4000) String textFr,
                           @Size(max = 4000) String textZgh, @Size(max = 4000) String textEn,
                           @Size(max = 200) String themeAr, @Size(max = 200) String themeFr,
                           @Size(max = 200) String themeZgh, @Size(max = 200) String themeEn) {

        public static Proposal empty() {
            return new Proposal(null, null, null, null, null, null, null, null);
        }

        public LocalizedText text() {
            return LocalizedText.of(textAr, textFr, textZgh, textEn);
        }

        public LocalizedText theme() {
            return LocalizedText.of(themeAr, themeFr, themeZgh, themeEn);
        }

        @AssertTrue(message = "{forums.error.proposalText}")
        public boolean isWritten() {
            return !text().isEmpty();
        }
    }

    public record Cancellation(@Size(max = 1000) String reasonAr, @Size(max = 1000) String reasonFr,
                               @Size(max = 1000) String reasonZgh, @Size(max = 1000) String reasonEn) {

        public static Cancellation empty() {
            return new Cancellation(null, null, null, null);
        }

        public LocalizedText reason() {
            return LocalizedText.of(reasonAr, reasonFr, reasonZgh, reasonEn);
        }

        @AssertTrue(message = "{forums.error.cancellationReason}")
        public boolean isExplained() {
            return !reason().isEmpty();
        }
    }
}
