package ma.mocharaka.portal.petitions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A petition as the public tracker, the admin area and the API show it. */
public record PetitionView(
        long id, PetitionKind kind, PetitionStatus status,
        Map<String, String> title, Map<String, String> body,
        String representativeName, String deputyName,
        String associationName, LocalDate associationFoundedOn,
        long signatures, Integer signatureThreshold,
        String receiptNumber, LocalDate submittedOn, LocalDate answerDueOn,
        YearMonth session, String committee, LocalDate decisionOn, String decisionReason,
        boolean overdue, List<Step> history) {

    public record Step(PetitionStatus status, LocalDate on, String note) {
    }

    public LocalizedText localizedTitle() {
        return new LocalizedText(title);
    }

    public LocalizedText localizedBody() {
        return new LocalizedText(body);
    }

    public boolean thresholdReached() {
        return signatureThreshold != null && signatures >= signatureThreshold;
    }

    /** Percentage of the threshold reached, capped at 100, for the progress bar. */
    public int progressPercent() {
        if (signatureThreshold == null || signatureThreshold == 0) {
            return 0;
        }
        return (int) Math.min(100, signatures * 100 / signatureThreshold);
    }

    public LocalDate sessionStart() {
        return session == null ? null : session.atDay(1);
    }
}
