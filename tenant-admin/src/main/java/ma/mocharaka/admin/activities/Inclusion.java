package ma.mocharaka.admin.activities;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Participants whose breakdown was counted, and how many of them were women, young, or persons with disabilities.
 * Participants the source did not break down stay out of the denominator, so a missing count never reads as zero.
 */
public record Inclusion(long counted, long women, long youth, long disability) {

    public static final Inclusion NONE = new Inclusion(0, 0, 0, 0);

    /** Not named isCounted: templates would then read "counted" as this flag instead of the number. */
    public boolean hasCounts() {
        return counted > 0;
    }

    public BigDecimal womenPct() {
        return pct(women);
    }

    public BigDecimal youthPct() {
        return pct(youth);
    }

    public BigDecimal disabilityPct() {
        return pct(disability);
    }

    private BigDecimal pct(long part) {
        if (counted == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
