package ma.mocharaka.portal.pages;

import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import ma.mocharaka.platform.i18n.LocalizedText;

/** What staff type for a page. Text is plain: paragraphs are separated by an empty line. */
public record PageForm(@NotBlank(message = "{pages.error.slug}")
                       @Pattern(regexp = PageDraft.SLUG_PATTERN, message = "{pages.error.slug}") String slug,
                       @Size(max = 200) String titleAr, @Size(max = 200) String titleFr,
                       @Size(max = 200) String titleZgh, @Size(max = 200) String titleEn,
                       @Size(max = 20000) String bodyAr, @Size(max = 20000) String bodyFr,
                       @Size(max = 20000) String bodyZgh, @Size(max = 20000) String bodyEn,
                       Boolean published) {

    public static PageForm empty() {
        return new PageForm(null, null, null, null, null, null, null, null, null, false);
    }

    /** The form filled with the page as stored: each language's own text, without the fallback readers get. */
    static PageForm of(PageView page) {
        Map<String, String> t = page.title();
        Map<String, String> b = page.body();
        return new PageForm(page.slug(), t.get("ar"), t.get("fr"), t.get("zgh"), t.get("en"), b.get("ar"), b.get("fr"),
                b.get("zgh"), b.get("en"), page.published());
    }

    public LocalizedText title() {
        return LocalizedText.of(titleAr, titleFr, titleZgh, titleEn);
    }

    public LocalizedText body() {
        return LocalizedText.of(bodyAr, bodyFr, bodyZgh, bodyEn);
    }

    @AssertTrue(message = "{pages.error.title}")
    public boolean isTitled() {
        return !title().isEmpty();
    }

    @AssertTrue(message = "{pages.error.body}")
    public boolean isWritten() {
        return !body().isEmpty();
    }

    PageDraft toDraft() {
        return new PageDraft(slug, title(), body(), Boolean.TRUE.equals(published));
    }

}
