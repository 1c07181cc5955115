package ma.mocharaka.portal.pages;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A page as staff write it: its address, its title and text per language, and whether the public sees it. */
public record PageDraft(String slug, LocalizedText title, LocalizedText body, boolean published) {

    /** The same shape the schema checks: lower-case letters, digits and hyphens, up to 60. */
    static final String SLUG_PATTERN = "^[a-z0-9-]{1,60}$";

    public PageDraft {
        if (slug == null || !slug.matches(SLUG_PATTERN)) {
            throw new IllegalArgumentException("A page's address is lower-case letters, digits and hyphens");
        }
        if (title.isEmpty() || body.isEmpty()) {
            throw new IllegalArgumentException("A page has a title and a text");
        }
    }
}
