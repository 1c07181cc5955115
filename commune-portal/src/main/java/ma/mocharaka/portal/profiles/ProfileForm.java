package ma.mocharaka.portal.profiles;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;
import ma.mocharaka.portal.inclusion.InclusionAnswers;

/** The profile form; inclusion answers without the consent box are refused so nothing is kept by mistake. */
public record ProfileForm(@Size(max = 120, message = "{profile.error.tooLong}") String residenceCommune,
                          @Size(max = 120, message = "{profile.error.tooLong}") String neighbourhood,
                          Boolean consent, Gender gender, AgeBand ageBand, Boolean disability) {

    /** An unticked box sends nothing at all, which means no consent. */
    public ProfileForm {
        consent = Boolean.TRUE.equals(consent);
    }

    @AssertTrue(message = "{profile.error.consent}")
    public boolean isAnsweredOnlyWithConsent() {
        return consent || (gender == null && ageBand == null && disability == null);
    }

    InclusionAnswers answers() {
        return consent ? InclusionAnswers.given(gender, ageBand, disability) : InclusionAnswers.declined();
    }
}
