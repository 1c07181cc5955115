package ma.mocharaka.portal.pages;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * The current commune's own pages. The public sees published pages only; the slug is unique in the schema, which
 * is what settles two staff members creating the same address at once.
 */
@Service
public class StaticPages {

    private final StaticPageRepository pages;
    private final AuditTrail audit;

    @PersistenceContext
    private EntityManager entityManager;

    StaticPages(StaticPageRepository pages, AuditTrail audit) {
        this.pages = pages;
        this.audit = audit;
    }

    /** Published pages, for the links every page of the commune carries. */
    @Transactional(readOnly = true)
    public List<PageView> published() {
        return pages.findByPublishedTrueOrderBySlug().stream().map(PageView::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PageView> publishedPage(String slug) {
        if (slug == null || !slug.matches(PageDraft.SLUG_PATTERN)) {
            return Optional.empty();
        }
        return pages.findBySlugAndPublishedTrue(slug).map(PageView::of);
    }

    @Transactional(readOnly = true)
    public List<PageView> all() {
        return pages.findAllByOrderBySlug().stream().map(PageView::of).toList();
    }

    @Transactional(readOnly = true)
    public PageView find(long id) {
        return pages.findById(id).map(PageView::of).orElseThrow(() -> new PageNotFoundException("static_page/" + id));
    }

    /**
     * Creates a page; empty when the address is already taken. The insert itself skips a taken address (ON CONFLICT
     * DO NOTHING on the schema's unique slug), so staff creating the same address at once leave one page and
     * nobody's transaction fails.
     */
    @Transactional
    public Optional<Long> create(PageDraft draft, String staff) {
        List<?> inserted = entityManager.createNativeQuery("""
                        INSERT INTO static_page (slug, title, body, published, updated_at, updated_by)
                        VALUES (:slug,
                                jsonb_strip_nulls(jsonb_build_object('ar', CAST(:titleAr AS text), 'fr', CAST(:titleFr AS text),
                                                                     'zgh', CAST(:titleZgh AS text), 'en', CAST(:titleEn AS text))),
                                jsonb_strip_nulls(jsonb_build_object('ar', CAST(:bodyAr AS text), 'fr', CAST(:bodyFr AS text),
                                                                     'zgh', CAST(:bodyZgh AS text), 'en', CAST(:bodyEn AS text))),
                                :published, now(), :staff)
                        ON CONFLICT (slug) DO NOTHING
                        RETURNING id""")
                .setParameter("slug", draft.slug())
                .setParameter("titleAr", draft.title().values().get("ar"))
                .setParameter("titleFr", draft.title().values().get("fr"))
                .setParameter("titleZgh", draft.title().values().get("zgh"))
                .setParameter("titleEn", draft.title().values().get("en"))
                .setParameter("bodyAr", draft.body().values().get("ar"))
                .setParameter("bodyFr", draft.body().values().get("fr"))
                .setParameter("bodyZgh", draft.body().values().get("zgh"))
                .setParameter("bodyEn", draft.body().values().get("en"))
                .setParameter("published", draft.published())
                .setParameter("staff", staff)
                .getResultList();
        if (inserted.isEmpty()) {
            return Optional.empty();
        }
        long id = ((Number) inserted.getFirst()).longValue();
        audit.record(staff, commune(), "page.create", "static_page/" + id, null,
                draft.slug() + (draft.published() ? " published" : " draft"));
        return Optional.of(id);
    }

    /**
     * Updates a page; false when the new address belongs to another page. Should another page take that address in
     * the same instant, the schema's unique key refuses it and this transaction is rolled back quietly.
     */
    @Transactional
    public boolean update(long id, PageDraft draft, String staff) {
        StaticPage page = pages.findById(id).orElseThrow(() -> new PageNotFoundException("static_page/" + id));
        if (pages.existsBySlugAndIdNot(draft.slug(), id)) {
            return false;
        }
        String before = page.slug() + (page.published() ? " published" : " draft");
        page.update(draft, staff, Instant.now());
        try {
            entityManager.flush();
        } catch (PersistenceException takenMeanwhile) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return false;
        }
        audit.record(staff, commune(), "page.update", "static_page/" + id, before,
                draft.slug() + (draft.published() ? " published" : " draft"));
        return true;
    }

    private static String commune() {
        return CurrentCommune.require().slug();
    }
}
