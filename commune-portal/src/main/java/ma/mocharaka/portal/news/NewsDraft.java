package ma.mocharaka.portal.news;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.i18n.LocalizedText;

/** What staff type to publish news: a title and body in at least one language. */
public record NewsDraft(
        @Size(max = 200) String titleAr, @Size(max = 200) String titleFr,
        @Size(max = 200) String titleZgh, @Size(max = 200) String titleEn,
        @Size(max = 5000) String bodyAr, @Size(max = 5000) String bodyFr,
        @Size(max = 5000) String bodyZgh, @Size(max = 5000) String bodyEn,
        @NotNull LocalDate publishedOn) {

    public LocalizedText title() {
        return LocalizedText.of(titleAr, titleFr, titleZgh, titleEn);
    }

    public LocalizedText body() {
        return LocalizedText.of(bodyAr, bodyFr, bodyZgh, bodyEn);
    }

    @AssertTrue(message = "{news.error.language}")
    public boolean isWrittenInOneLanguageAtLeast() {
        return !title().isEmpty() && !body().isEmpty();
    }

    /** The form filled with a published item, each language's own text. */
    static NewsDraft of(NewsView item) {
        return new NewsDraft(item.title().get("ar"), item.title().get("fr"), item.title().get("zgh"),
                item.title().get("en"), item.body().get("ar"), item.body().get("fr"), item.body().get("zgh"),
                item.body().get("en"), item.publishedOn());
    }

    /** A blank form dated {@code today}, the commune's date from the platform's clock. */
    public static NewsDraft empty(LocalDate today) {
        return new NewsDraft(null, null, null, null, null, null, null, null, today);
    }
}
