package ma.mocharaka.portal.consultations;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.i18n.LocalizedText;

/** The synthesis staff publish after the window: what was kept from the contributions and why. */
public record SynthesisForm(@Size(max = 20000) String textAr, @Size(max = 20000) String textFr,
                            @Size(max = 20000) String textZgh, @Size(max = 20000) String textEn) {

    public static SynthesisForm empty() {
        return new SynthesisForm(null, null, null, null);
    }

    public LocalizedText text() {
        return LocalizedText.of(textAr, textFr, textZgh, textEn);
    }

    @AssertTrue(message = "{consultations.error.language}")
    public boolean isWrittenInOneLanguageAtLeast() {
        return !text().isEmpty();
    }
}
