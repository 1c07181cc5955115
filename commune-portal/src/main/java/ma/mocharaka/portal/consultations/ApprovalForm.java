package ma.mocharaka.portal.consultations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.i18n.LocalizedText;

/** The council's approval: the date of its session, and the final text if the commune publishes it here. */
public record ApprovalForm(@NotNull(message = "{consultations.error.approvalDate}") LocalDate approvedOn,
                           @Size(max = 20000) String textAr, @Size(max = 20000) String textFr,
                           @Size(max = 20000) String textZgh, @Size(max = 20000) String textEn) {

    public static ApprovalForm empty() {
        return new ApprovalForm(null, null, null, null, null);
    }

    public LocalizedText text() {
        return LocalizedText.of(textAr, textFr, textZgh, textEn);
    }
}
