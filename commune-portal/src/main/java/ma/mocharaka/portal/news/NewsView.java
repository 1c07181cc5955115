package ma.mocharaka.portal.news;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

import ma.mocharaka.platform.i18n.LocalizedText;

/** News as pages and the API show it; serializable because the latest list is cached in Redis per commune. */
public record NewsView(long id, Map<String, String> title, Map<String, String> body, LocalDate publishedOn)
        implements Serializable {

    static NewsView of(NewsItem item) {
        return new NewsView(item.id(), item.title().values(), item.body().values(), item.publishedOn());
    }

    public LocalizedText localizedTitle() {
        return new LocalizedText(title);
    }

    public LocalizedText localizedBody() {
        return new LocalizedText(body);
    }
}
