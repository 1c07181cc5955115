package ma.mocharaka.portal.bodies;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.i18n.LocalizedText;

/** What staff type on the bodies' admin pages; each text in up to four languages, one at least. */
public final class BodyForms {

    private BodyForms() {
    }

    public record NewBody(@NotNull BodyKind kind,
                   @Size(max = 200) String nameAr, @Size(max = 200) String nameFr,
                   @Size(max = 200) String nameZgh, @Size(max = 200) String nameEn,
                   @Size(max = 4000) String mandateAr, @Size(max = 4000) String mandateFr,
                   @Size(max = 4000) String mandateZgh, @Size(max = 4000) String mandateEn, LocalDate createdOn) {

        public static NewBody empty() {
            return new NewBody(BodyKind.NEIGHBOURHOOD_COMMITTEE, null, null, null, null, null, null, null, null, null);
        }

        public LocalizedText name() {
            return LocalizedText.of(nameAr, nameFr, nameZgh, nameEn);
        }

        public LocalizedText mandate() {
            return LocalizedText.of(mandateAr, mandateFr, mandateZgh, mandateEn);
        }

        @AssertTrue(message = "{bodies.error.name}")
        public boolean isNamed() {
            return !name().isEmpty();
        }
    }

    public record NewMember(@NotBlank(message = "{bodies.error.memberName}") @Size(max = 120) String name,
                     @NotNull MemberRole role,
                     @NotNull(message = "{bodies.error.termStart}") LocalDate termStart, LocalDate termEnd) {

        public static NewMember empty() {
            return new NewMember(null, MemberRole.MEMBER, null, null);
        }

        @AssertTrue(message = "{bodies.error.term}")
        public boolean isTermInOrder() {
            return termStart == null || termEnd == null || !termEnd.isBefore(termStart);
        }
    }

    public record NewMeeting(@NotNull(message = "{bodies.error.date}") LocalDate heldOn,
                      @Size(max = 200) String titleAr, @Size(max = 200) String titleFr,
                      @Size(max = 200) String titleZgh, @Size(max = 200) String titleEn,
                      @Size(max = 20000) String minutesAr, @Size(max = 20000) String minutesFr,
                      @Size(max = 20000) String minutesZgh, @Size(max = 20000) String minutesEn) {

        public static NewMeeting empty() {
            return new NewMeeting(null, null, null, null, null, null, null, null, null);
        }

        public LocalizedText title() {
            return LocalizedText.of(titleAr, titleFr, titleZgh, titleEn);
        }

        public LocalizedText minutes() {
            return LocalizedText.of(minutesAr, minutesFr, minutesZgh, minutesEn);
        }

        @AssertTrue(message = "{bodies.error.meeting}")
        public boolean isWritten() {
            return !title().isEmpty() && !minutes().isEmpty();
        }
    }

    public record NewOpinion(@NotNull(message = "{bodies.error.date}") LocalDate draftedOn,
                      @Size(max = 300) String titleAr, @Size(max = 300) String titleFr,
                      @Size(max = 300) String titleZgh, @Size(max = 300) String titleEn,
                      @Size(max = 20000) String textAr, @Size(max = 20000) String textFr,
                      @Size(max = 20000) String textZgh, @Size(max = 20000) String textEn) {

        public static NewOpinion empty() {
            return new NewOpinion(null, null, null, null, null, null, null, null, null);
        }

        public LocalizedText title() {
            return LocalizedText.of(titleAr, titleFr, titleZgh, titleEn);
        }

        public LocalizedText text() {
            return LocalizedText.of(textAr, textFr, textZgh, textEn);
        }

        @AssertTrue(message = "{bodies.error.opinion}")
        public boolean isWritten() {
            return !title().isEmpty() && !text().isEmpty();
        }
    }

    /** One step on an opinion: submit, answer or publish; the answer and its reasons only for answering. */
    public record OpinionStep(@NotNull(message = "{bodies.error.date}") LocalDate on, CouncilAnswer answer,
                       @Size(max = 4000) String reasonsAr, @Size(max = 4000) String reasonsFr,
                       @Size(max = 4000) String reasonsZgh, @Size(max = 4000) String reasonsEn) {

        public LocalizedText reasons() {
            return LocalizedText.of(reasonsAr, reasonsFr, reasonsZgh, reasonsEn);
        }

        /** What was typed in one language, to give it back when the form is refused. */
        public String reasonsIn(String language) {
            return switch (language) {
                case "ar" -> reasonsAr;
                case "fr" -> reasonsFr;
                case "zgh" -> reasonsZgh;
                default -> reasonsEn;
            };
        }
    }
}
