package ma.mocharaka.portal.surveys;

import java.time.LocalDate;
import java.util.List;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A survey as pages show it, with its questions in order and where it stands today. */
public record SurveyView(long id, CommuneService service, LocalizedText title, LocalizedText intro,
                         Respondents respondents, LocalDate opensOn, LocalDate closesOn, SurveyPhase phase,
                         LocalDate closedOn, LocalDate resultsPublishedOn, boolean editable, boolean resultsPublic,
                         long responses, List<QuestionView> questions) {

    public boolean open() {
        return phase == SurveyPhase.OPEN;
    }

    /** Staff type paper forms once the window has opened, also after it closed (forms arrive late). */
    public boolean acceptsPaper() {
        return phase == SurveyPhase.OPEN || phase == SurveyPhase.CLOSED;
    }

    public record QuestionView(long id, int position, QuestionKind kind, LocalizedText prompt,
                               List<OptionView> options) {

        /** What staff type in a paper column: the option numbers with their labels, e.g. "1 = Oui · 2 = Non". */
        public String legend(java.util.Locale locale) {
            return switch (kind) {
                case SCALE -> "1 … 5";
                case CHOICE -> String.join(" · ", options.stream()
                        .map(option -> option.position() + " = " + option.label().in(locale)).toList());
                case TEXT -> "";
            };
        }
    }

    public record OptionView(long id, int position, LocalizedText label) {
    }
}
