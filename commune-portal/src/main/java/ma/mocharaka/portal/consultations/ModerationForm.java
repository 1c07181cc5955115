package ma.mocharaka.portal.consultations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Hiding needs a reason: it is shown to everyone in place of the hidden text. */
public record ModerationForm(@NotBlank(message = "{consultations.error.reason}") @Size(max = 500) String reason) {
}
