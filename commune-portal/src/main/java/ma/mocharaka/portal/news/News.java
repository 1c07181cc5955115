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
    public NewsView find(long id) {
        return repository.findById(id).map(NewsView::of).orElseThrow(() -> new NewsNotFoundException(id));
    }

    /** Corrects a published item; the cached latest list is dropped so readers see the correction at once. */
    @CacheEvict(cacheNames = LATEST_CACHE, allEntries = true)
    @Transactional
    public NewsView revise(long id, NewsDraft draft, String staff) {
        NewsItem item = repository.findById(id).orElseThrow(() -> new NewsNotFoundException(id));
        String before = item.title().in("fr") + " " + item.publishedOn();
        item.revise(draft);
        audit.record(staff, CurrentCommune.require().slug(), "news.revise", "news_item/" + id, before,
                draft.title().in("fr") + " " + draft.publishedOn());
        return NewsView.of(item);
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }
}
