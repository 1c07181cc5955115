package ma.mocharaka.portal.inclusion;

/**
 * What a participant chose to tell for the inclusion counts. Without consent nothing else is kept, whatever was
 * typed: the answers are dropped, not stored "just in case".
 */
public record InclusionAnswers(boolean consent, Gender gender, AgeBand ageBand, Boolean disability) {

    public static InclusionAnswers declined() {
        return new InclusionAnswers(false, null, null, null);
    }

    public static InclusionAnswers given(Gender gender, AgeBand ageBand, Boolean disability) {
        return new InclusionAnswers(true, gender, ageBand, disability);
    }
}
