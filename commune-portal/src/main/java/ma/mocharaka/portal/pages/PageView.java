package ma.mocharaka.portal.pages;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * A page as the portal shows it. The body is plain text cut into paragraphs at blank lines; templates print each
 * paragraph escaped, so whatever a page's text contains, it is never interpreted as markup or script.
 */
public record PageView(long id, String slug, Map<String, String> title, Map<String, String> body, boolean published,
                       Instant updatedAt) {

    static PageView of(StaticPage page) {
        return new PageView(page.id(), page.slug(), page.title().values(), page.body().values(), page.published(),
                page.updatedAt());
    }

    public LocalizedText localizedTitle() {
        return new LocalizedText(title);
    }

    public LocalizedText localizedBody() {
        return new LocalizedText(body);
    }

    public List<String> paragraphs(Locale locale) {
        return Arrays.stream(localizedBody().in(locale).split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }
}
