package ma.mocharaka.portal.forums;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Forums for tests, scheduled in a named commune through the real service. Built by hand rather than imported as a
 * bean, so every portal test keeps sharing the one application context on its fixed port.
 */
class ForumFixtures {

    private final Forums forums;
    private final CommuneRegistry registry;

    ForumFixtures(Forums forums, CommuneRegistry registry) {
        this.forums = forums;
        this.registry = registry;
    }

    Commune commune(String slug) {
        return registry.findBySlug(slug).orElseThrow();
    }

    /** A forum a week ahead with a unique French title, so each test finds exactly its own. */
    ForumView upcoming(String communeSlug, Integer capacity) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime start = forums.now().plusDays(7).withHour(9).withMinute(30).withNano(0);
        ForumDraft draft = new ForumDraft(ForumKind.WORKSHOP,
                LocalizedText.of("ورشة الأحياء " + tag, "Atelier des quartiers " + tag, null, "Neighbourhood workshop " + tag),
                LocalizedText.of("ورشة لإعداد مقترحات المشاريع.", "Atelier de propositions de projets.", null, "Project proposals workshop."),
                LocalizedText.of("دار الشباب المغرب العربي", "Dar Chabab Maghreb Arabi", null, null),
                null, start, start.plusHours(3), capacity,
                List.of(new ForumDraft.Slot(LocalTime.of(9, 30), LocalTime.of(10, 0),
                        LocalizedText.of("استقبال وتسجيل المشاركين", "Accueil des participants", null, null))));
        return as(communeSlug, () -> forums.schedule(draft, "test"));
    }

    <T> T as(String communeSlug, java.util.concurrent.Callable<T> work) {
        return CurrentCommune.callAs(commune(communeSlug), work);
    }
}
