package ma.mocharaka.admin.communes;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.tenancy.Commune;

/** The registry facts the office may correct; the slug and schema are the commune's address and never change. */
public record RegistryEntry(
        @NotBlank @Size(max = 200) String nameAr,
        @NotBlank @Size(max = 200) String nameFr,
        @Size(max = 200) String nameZgh,
        @NotBlank @Size(max = 120) String region,
        @NotBlank @Size(max = 120) String province,
        @Min(0) Integer population,
        @NotBlank @Pattern(regexp = "URBAN|RURAL") String kind) {

    static RegistryEntry of(Commune commune) {
        return new RegistryEntry(commune.nameAr(), commune.nameFr(), commune.nameZgh(), commune.region(),
                commune.province(), commune.population(), commune.kind());
    }

    String auditState() {
        return "name_ar=" + nameAr + ", name_fr=" + nameFr + ", name_zgh=" + nameZgh + ", region=" + region
                + ", province=" + province + ", population=" + population + ", kind=" + kind;
    }
}
