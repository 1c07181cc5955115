package ma.mocharaka.platform.tenancy;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the program office enters to enrol a commune in the registry. */
public record CommuneRegistration(
        @NotBlank @Pattern(regexp = "^[a-z][a-z0-9-]{0,48}[a-z0-9]$") String slug,
        @NotBlank @Size(max = 200) String nameAr,
        @NotBlank @Size(max = 200) String nameFr,
        @Size(max = 200) String nameZgh,
        @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 120) String region,
        @NotBlank @Size(max = 120) String province,
        @Min(0) Integer population,
        @Pattern(regexp = "URBAN|RURAL") String kind,
        Boolean hasArrondissements) {

    public CommuneRegistration {
        kind = kind == null ? "URBAN" : kind;
        hasArrondissements = hasArrondissements != null && hasArrondissements;
    }
}
