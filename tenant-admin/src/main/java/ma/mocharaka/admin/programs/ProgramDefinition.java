package ma.mocharaka.admin.programs;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A program as the API creates or changes it. The code is its address and never changes once created; targets
 * left out keep the defaults of 33 %, 33 % and 6.5 %.
 */
public record ProgramDefinition(
        @Pattern(regexp = "^[a-z][a-z0-9-]{1,38}[a-z0-9]$") String code,
        @NotBlank @Size(max = 300) String nameAr,
        @NotBlank @Size(max = 300) String nameFr,
        @Size(max = 300) String nameZgh,
        @Size(max = 300) String nameEn,
        @Size(max = 500) String funders,
        @Size(max = 1000) String partners,
        LocalDate startsOn,
        LocalDate endsOn,
        @Size(max = 4000) String objectivesAr,
        @Size(max = 4000) String objectivesFr,
        @Size(max = 2000) String phases,
        @PositiveOrZero Integer targetCommunes,
        @DecimalMin("0") @DecimalMax("100") BigDecimal targetWomenPct,
        @DecimalMin("0") @DecimalMax("100") BigDecimal targetYouthPct,
        @DecimalMin("0") @DecimalMax("100") BigDecimal targetDisabilityPct) {

    BigDecimal women() {
        return targetWomenPct == null ? new BigDecimal("33") : targetWomenPct;
    }

    BigDecimal youth() {
        return targetYouthPct == null ? new BigDecimal("33") : targetYouthPct;
    }

    BigDecimal disability() {
        return targetDisabilityPct == null ? new BigDecimal("6.5") : targetDisabilityPct;
    }

    boolean hasBadPeriod() {
        return startsOn != null && endsOn != null && endsOn.isBefore(startsOn);
    }
}
