package ma.mocharaka.portal.surveys;

import java.time.LocalDate;
import java.util.List;

import ma.mocharaka.portal.inclusion.InclusionAnswers;

/** One filled-in form, checked and ready to store: its date, the inclusion answers given with consent, the answers. */
public record NewResponse(LocalDate respondedOn, InclusionAnswers inclusion, List<Answer> answers) {

    /** Exactly one of scale, option or text is set, as the answer's question kind requires. */
    public record Answer(long questionId, Integer scale, Long optionId, String text) {
    }
}
