package ma.mocharaka.portal.surveys;

import java.time.LocalDate;

import ma.mocharaka.platform.i18n.LocalizedText;

/** What staff type to create or change a survey: its service, title and introduction, window and respondents. */
public record SurveyDraft(CommuneService service, Respondents respondents,
                          String titleAr, String titleFr, String titleZgh, String titleEn,
                          String introAr, String introFr, String introZgh, String introEn,
                          LocalDate opensOn, LocalDate closesOn) {

    public static SurveyDraft empty() {
        return new SurveyDraft(null, Respondents.ANYONE, null, null, null, null, null, null, null, null, null, null);
    }

    public LocalizedText title() {
        return LocalizedText.of(titleAr, titleFr, titleZgh, titleEn);
    }

    public LocalizedText intro() {
        return LocalizedText.of(introAr, introFr, introZgh, introEn);
    }

    /** The first rule this draft breaks, as a message key, or null when it is complete. */
    String problem() {
        if (service == null) {
            return "surveys.error.service";
        }
        if (respondents == null) {
            return "surveys.error.respondents";
        }
        if (title().isEmpty() || title().values().values().stream().anyMatch(text -> text.length() > 300)) {
            return "surveys.error.title";
        }
        if (intro().values().values().stream().anyMatch(text -> text.length() > 4000)) {
            return "surveys.error.intro";
        }
        if (opensOn == null || closesOn == null) {
            return "surveys.error.window";
        }
        if (closesOn.isBefore(opensOn)) {
            return "surveys.error.windowOrder";
        }
        return null;
    }
}
