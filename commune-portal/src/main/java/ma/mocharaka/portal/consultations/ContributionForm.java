package ma.mocharaka.portal.consultations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a citizen types under a section. */
public record ContributionForm(@NotNull ContributionKind kind,
                               @NotBlank(message = "{consultations.error.empty}")
                               @Size(max = 4000, message = "{consultations.error.tooLong}") String body) {
}
