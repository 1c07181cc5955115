package ma.mocharaka.portal.pages;

import java.util.List;

import org.springframework.stereotype.Component;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * What the shared layout asks ({@code ${@pageLinks.published()}}) to link the commune's published pages from every
 * page. Asked only while a page of a commune is rendered; elsewhere there is nothing to link.
 */
@Component("pageLinks")
public class PageLinks {

    private final StaticPages pages;

    PageLinks(StaticPages pages) {
        this.pages = pages;
    }

    public List<PageView> published() {
        return CurrentCommune.get().isPresent() ? pages.published() : List.of();
    }
}
