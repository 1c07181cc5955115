package ma.mocharaka.admin.onboarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A template step as a program admin types it; the code is fixed once the step exists. */
public record StepNames(
        @Pattern(regexp = "^[a-z][a-z0-9-]{0,39}$") String code,
        @NotBlank @Size(max = 300) String nameAr,
        @NotBlank @Size(max = 300) String nameFr,
        @Size(max = 300) String nameZgh,
        @Size(max = 300) String nameEn) {
}
