package ma.mocharaka.portal.forums;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;

/**
 * The door form. A person without a registration leaves the number empty. Inclusion answers typed without the
 * consent box are refused rather than silently dropped, so the staff member notices and asks again.
 */
public record CheckInForm(@Positive Long registrationNumber, boolean consent, Gender gender, AgeBand ageBand,
                          Boolean disability) {

    public static CheckInForm empty() {
        return new CheckInForm(null, false, null, null, null);
    }

    @AssertTrue(message = "{forums.error.consent}")
    public boolean isAnsweredOnlyWithConsent() {
        return consent || (gender == null && ageBand == null && disability == null);
    }

    InclusionAnswers answers() {
        return consent ? InclusionAnswers.given(gender, ageBand, disability) : InclusionAnswers.declined();
    }
}
