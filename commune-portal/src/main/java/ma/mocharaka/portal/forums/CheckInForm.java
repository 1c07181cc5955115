package ma.mocharaka.portal.forums;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Positive;

import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;
import ma.mocharaka.portal.inclusion.InclusionAnswers;

/**
 * The door form. A person without a registration leaves the number empty. Inclusion answers typed without the
 * consent box are refused rather than silently dropped, so the staff member notices and asks again.
 */
public record CheckInForm(@Positive Long registrationNumber, Boolean consent, Gender gender, AgeBand ageBand,
                          Boolean disability) {

    /** An unticked box sends nothing at all, which means no consent. */
    public CheckInForm {
        consent = Boolean.TRUE.equals(consent);
    }

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
