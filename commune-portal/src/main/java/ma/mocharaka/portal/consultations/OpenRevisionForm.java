package ma.mocharaka.portal.consultations;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.i18n.LocalizedText;

/** What staff may still change once a consultation is open: its summary and its closing day. */
public record OpenRevisionForm(@Size(max = 4000) String summaryAr, @Size(max = 4000) String summaryFr,
                               @Size(max = 4000) String summaryZgh, @Size(max = 4000) String summaryEn,
                               @NotNull(message = "{consultations.error.window}") LocalDate closesOn) {

    static OpenRevisionForm of(ConsultationView consultation) {
        Map<String, String> summary = consultation.summary();
        return new OpenRevisionForm(summary.get("ar"), summary.get("fr"), summary.get("zgh"), summary.get("en"),
                consultation.closesOn());
    }

    LocalizedText summary() {
        return LocalizedText.of(summaryAr, summaryFr, summaryZgh, summaryEn);
    }
}
