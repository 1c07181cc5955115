package ma.mocharaka.portal.news;

import java.util.List;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** The news of the current commune. The latest list is cached under the commune's own key prefix. */
@Service
public class News {

    static final String LATEST_CACHE = "news-latest";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(News.class);

    private final NewsRepository repository;
    private final AuditTrail audit;

    News(NewsRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Cacheable(LATEST_CACHE)
    @Transactional(readOnly = true)
    public List<NewsView> latest() {
        return repository.findTop10ByOrderByPublishedOnDescIdDesc().stream().map(NewsView::of).toList();
    }

    @CacheEvict(cacheNames = LATEST_CACHE, allEntries = true)
    @Transactional
    public NewsView publish(NewsDraft draft, String author) {
        NewsItem saved = repository.save(new NewsItem(draft.title(), draft.body(), draft.publishedOn(), author));
        audit.record(author, CurrentCommune.require().slug(), "news.publish", "news_item/" + saved.id(), null,
                draft.title().in("fr"));
        log.info("News item {} published by {}", saved.id(), author);
        return NewsView.of(saved);
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }
}
