package ma.mocharaka.portal.bodies;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A body as pages and the API show it: who sits on it, when it met, and what it advised. */
public record BodyView(long id, BodyKind kind, Map<String, String> name, Map<String, String> mandate,
                       LocalDate createdOn, List<Member> members, List<Meeting> meetings, List<Opinion> opinions) {

    public record Member(long id, String name, MemberRole role, LocalDate termStart, LocalDate termEnd,
                         boolean sitting) {

        /** A term ending {@code today} still sits until the end of the day. */
        static Member asOf(LocalDate today, long id, String name, MemberRole role, LocalDate termStart,
                           LocalDate termEnd) {
            return new Member(id, name, role, termStart, termEnd, termEnd == null || !termEnd.isBefore(today));
        }
    }

    public record Meeting(LocalDate heldOn, Map<String, String> title, Map<String, String> minutes) {

        public LocalizedText localizedTitle() {
            return new LocalizedText(title);
        }

        public LocalizedText localizedMinutes() {
            return new LocalizedText(minutes);
        }
    }

    public record Opinion(long id, Map<String, String> title, Map<String, String> text, OpinionStage stage,
                          LocalDate draftedOn, LocalDate submittedOn, CouncilAnswer councilAnswer,
                          Map<String, String> answerReasons, LocalDate answeredOn, LocalDate publishedOn) {

        public LocalizedText localizedTitle() {
            return new LocalizedText(title);
        }

        public LocalizedText localizedText() {
            return new LocalizedText(text);
        }

        public LocalizedText localizedReasons() {
            return new LocalizedText(answerReasons);
        }
    }

    public LocalizedText localizedName() {
        return new LocalizedText(name);
    }

    public LocalizedText localizedMandate() {
        return new LocalizedText(mandate);
    }
}
