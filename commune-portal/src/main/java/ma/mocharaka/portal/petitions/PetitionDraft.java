package ma.mocharaka.portal.petitions;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * A petition as its committee drafts it: the text in at least one language, the representative and deputy, and
 * for an association the conditions of art. 122 that the commune checks on the association's papers.
 */
public record PetitionDraft(
        @NotNull(message = "{petition.error.kind}") PetitionKind kind,
        @Size(max = 200) String titleAr, @Size(max = 200) String titleFr,
        @Size(max = 200) String titleZgh, @Size(max = 200) String titleEn,
        @Size(max = 5000) String bodyAr, @Size(max = 5000) String bodyFr,
        @Size(max = 5000) String bodyZgh, @Size(max = 5000) String bodyEn,
        @NotBlank(message = "{petition.error.representative}") @Size(max = 160) String representativeName,
        @NotBlank(message = "{petition.error.deputy}") @Size(max = 160) String deputyName,
        @Size(max = 200) String associationName,
        LocalDate associationFoundedOn,
        Boolean associationInGoodStanding,
        Boolean associationSeatInCommune,
        Boolean associationActivityRelated) {

    /** Unticked boxes and absent JSON fields both mean the condition is not met. */
    public PetitionDraft {
        associationInGoodStanding = Boolean.TRUE.equals(associationInGoodStanding);
        associationSeatInCommune = Boolean.TRUE.equals(associationSeatInCommune);
        associationActivityRelated = Boolean.TRUE.equals(associationActivityRelated);
    }

    public LocalizedText title() {
        return LocalizedText.of(titleAr, titleFr, titleZgh, titleEn);
    }

    public LocalizedText body() {
        return LocalizedText.of(bodyAr, bodyFr, bodyZgh, bodyEn);
    }

    @AssertTrue(message = "{petition.error.language}")
    public boolean isWrittenInOneLanguageAtLeast() {
        return !title().isEmpty() && !body().isEmpty();
    }

    @AssertTrue(message = "{petition.error.sameRepresentative}")
    public boolean isDeputySomeoneElse() {
        return representativeName == null || deputyName == null
                || !representativeName.strip().equalsIgnoreCase(deputyName.strip());
    }

    public static PetitionDraft empty() {
        return new PetitionDraft(PetitionKind.CITIZENS, null, null, null, null, null, null, null, null, null, null,
                null, null, false, false, false);
    }
}
