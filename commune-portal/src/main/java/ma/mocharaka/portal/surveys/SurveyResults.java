package ma.mocharaka.portal.surveys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a survey's answers add up to: per question, the mean and the distribution of 1-5 scores, the count of each
 * option, the free texts; each also broken down by gender, age band and disability, where people gave them.
 * Public results hide groups smaller than {@link #SMALLEST_PUBLIC_GROUP}, whose answers could point at someone.
 */
public record SurveyResults(SurveyView survey, long responses, long online, long paper, boolean forPublic,
                            List<Group> respondents, List<QuestionResult> questions) {

    public static final int SMALLEST_PUBLIC_GROUP = 5;

    /** The breakdowns, each with its groups; {@code NOT_GIVEN} gathers those who gave nothing (or no consent). */
    public enum Dimension {
        GENDER, AGE_BAND, DISABILITY
    }

    /** A group of respondents (or answers): everybody, or one value of one dimension. */
    public record Group(Dimension dimension, String value, long count, Double mean, List<Long> counts,
                        boolean suppressed) {

        public boolean everybody() {
            return dimension == null;
        }

        /** Share of the group's answers for the n-th score or option, in whole percent, for bars. */
        public long percent(int index) {
            return count == 0 || counts == null ? 0 : Math.round(100.0 * counts.get(index) / count);
        }
    }

    public record TextAnswer(long id, String text, LocalDate respondedOn, String hiddenReason, String hiddenBy) {

        public boolean hidden() {
            return hiddenReason != null;
        }
    }

    public record QuestionResult(SurveyView.QuestionView question, Group overall, List<Group> groups,
                                 List<TextAnswer> texts) {

        public Map<Dimension, List<Group>> groupsByDimension() {
            Map<Dimension, List<Group>> by = new LinkedHashMap<>();
            for (Group group : groups) {
                by.computeIfAbsent(group.dimension(), d -> new ArrayList<>()).add(group);
            }
            return by;
        }
    }

    public record ServiceSummary(CommuneService service, long surveys, long responses, long scores, Double mean) {
    }
}
