package ma.mocharaka.portal.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;

/**
 * The commune's own pages: written per language with fallback, public only once published, never interpreting what
 * was typed as markup, reachable by path and by the commune's host, and only within their commune.
 */
@PortalTest
class StaticPagesTest {

    @Autowired
    StaticPages pages;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc web;

    @Test
    void aPublishedPageShowsInEachLanguageWithFallbackAndIsLinkedFromEveryPage() throws Exception {
        String slug = slug("a-propos");
        long id = bm(() -> pages.create(new PageDraft(slug, LocalizedText.of("عن الجماعة", "À propos de la commune", null, null),
                LocalizedText.of("فقرة أولى.\n\nفقرة ثانية.", "Premier paragraphe.\n\nSecond paragraphe.", null, null), true),
                "bm.admin")).orElseThrow();

        String french = body(get("/c/beni-mellal/pages/" + slug + "?lang=fr"));
        assertThat(french).contains("À propos de la commune").contains("<p>Premier paragraphe.</p>").contains("<p>Second paragraphe.</p>");
        String english = body(get("/c/beni-mellal/pages/" + slug + "?lang=en"));
        assertThat(english).as("no English text: falls back to Arabic, marked as such").contains("عن الجماعة").contains("lang=\"ar\"");
        assertThat(body(get("/c/beni-mellal/forums?lang=fr"))).contains("/c/beni-mellal/pages/" + slug);
        assertThat(audit.recent("beni-mellal", 200)).extracting(AuditTrail.AuditEvent::action, AuditTrail.AuditEvent::target)
                .contains(org.assertj.core.groups.Tuple.tuple("page.create", "static_page/" + id));
    }

    @Test
    void anUnpublishedPageIsNotShownNorLinkedUntilPublished() throws Exception {
        String slug = slug("brouillon");
        long id = bm(() -> pages.create(new PageDraft(slug, LocalizedText.of(null, "Brouillon", null, null),
                LocalizedText.of(null, "Pas encore", null, null), false), "bm.admin")).orElseThrow();
        web.perform(get("/c/beni-mellal/pages/" + slug)).andExpect(status().isNotFound());
        assertThat(body(get("/c/beni-mellal/forums"))).doesNotContain("/pages/" + slug);

        assertThat(bm(() -> pages.update(id, new PageDraft(slug, LocalizedText.of(null, "Publiée", null, null),
                LocalizedText.of(null, "Maintenant", null, null), true), "bm.staff"))).isTrue();
        assertThat(body(get("/c/beni-mellal/pages/" + slug + "?lang=fr"))).contains("Publiée").contains("Maintenant");
    }

    @Test
    void whatStaffTypeIsShownAsTextNeverRunAsMarkupOrScript() throws Exception {
        String slug = slug("xss");
        String attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        web.perform(post("/c/beni-mellal/admin/pages").with(staffOf("beni-mellal")).with(csrf())
                        .param("slug", slug).param("titleFr", "Titre <b>gras</b>").param("bodyFr", attack)
                        .param("published", "true"))
                .andExpect(status().is3xxRedirection());

        String page = body(get("/c/beni-mellal/pages/" + slug + "?lang=fr"));
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>gras</b>");
        assertThat(page).contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(body(get("/c/beni-mellal/forums"))).doesNotContain("<b>gras</b>");
    }

    @Test
    void badInputIsRefusedInTheStaffLanguageAndWhatWasTypedStays() throws Exception {
        String taken = slug("pris");
        bm(() -> pages.create(new PageDraft(taken, LocalizedText.of(null, "Prise", null, null),
                LocalizedText.of(null, "Texte", null, null), true), "bm.admin"));
        String page = web.perform(post("/c/beni-mellal/admin/pages?lang=fr").with(staffOf("beni-mellal")).with(csrf())
                        .param("slug", taken).param("titleFr", "My title kept").param("bodyFr", "My text kept"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Cette adresse est déjà celle d’une autre page.").contains("My title kept").contains("My text kept");

        page = web.perform(post("/c/beni-mellal/admin/pages?lang=fr").with(staffOf("beni-mellal")).with(csrf())
                        .param("slug", "Bad Slug'--").param("titleFr", "T").param("bodyFr", "B"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Adresse : lettres minuscules");
        web.perform(get("/c/beni-mellal/pages/Bad Slug'--")).andExpect(status().isNotFound());
    }

    @Test
    void twentyStaffCreatingTheSameAddressAtOnceLeaveOnePage() throws Exception {
        String slug = slug("course");
        List<Optional<Long>> outcomes = concurrently(20, i -> () -> bm(() -> pages.create(new PageDraft(slug,
                LocalizedText.of(null, "Page " + i, null, null), LocalizedText.of(null, "Texte", null, null), true),
                "bm.staff")));
        assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_beni_mellal.static_page WHERE slug = ?").params(slug)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void pagesStayInTheirCommuneByPathAndByHost() throws Exception {
        String slug = slug("contact");
        long id = bm(() -> pages.create(new PageDraft(slug, LocalizedText.of(null, "Contact Béni Mellal", null, null),
                LocalizedText.of(null, "Bureau d’ordre", null, null), true), "bm.admin")).orElseThrow();

        // By host, the page's own address is forwarded to the commune's path address (CommuneHostAddresses).
        web.perform(get("/pages/" + slug).with(host("beni-mellal.localhost")))
                .andExpect(forwardedUrl("/c/beni-mellal/pages/" + slug));
        assertThat(body(get("/c/beni-mellal/pages/" + slug + "?lang=fr").with(host("beni-mellal.localhost"))))
                .contains("Contact Béni Mellal");
        web.perform(get("/pages/" + slug).with(host("demnat.localhost"))).andExpect(forwardedUrl("/c/demnat/pages/" + slug));
        web.perform(get("/c/demnat/pages/" + slug).with(host("demnat.localhost"))).andExpect(status().isNotFound());
        web.perform(get("/pages/" + slug)).andExpect(status().isNotFound());
        web.perform(get("/c/demnat/pages/" + slug)).andExpect(status().isNotFound());
        web.perform(get("/c/azilal/pages/" + slug).with(host("beni-mellal.localhost"))).andExpect(status().isNotFound());

        web.perform(get("/c/beni-mellal/admin/pages/" + id).with(staffOf("beni-mellal"))).andExpect(status().isOk());
        web.perform(get("/c/beni-mellal/admin/pages").with(staffOf("demnat"))).andExpect(status().isForbidden());
        web.perform(get("/c/beni-mellal/admin/pages/" + id).with(staffOf("azilal"))).andExpect(status().isForbidden());
        web.perform(get("/c/beni-mellal/admin/pages/" + id).with(citizenOf("beni-mellal"))).andExpect(status().isForbidden());
        web.perform(post("/c/beni-mellal/admin/pages/" + id).with(staffOf("demnat")).with(csrf())
                .param("slug", slug).param("titleFr", "Piraté").param("bodyFr", "x").param("published", "true"))
                .andExpect(status().isForbidden());
        web.perform(post("/c/beni-mellal/admin/pages/" + id).with(staffOf("demnat")).with(csrf())
                .with(host("demnat.localhost")).param("slug", slug).param("titleFr", "Piraté").param("bodyFr", "x"))
                .andExpect(status().isForbidden());
        web.perform(post("/c/demnat/admin/pages/" + id).with(staffOf("demnat")).with(csrf())
                        .param("slug", slug).param("titleFr", "Piraté").param("bodyFr", "x").param("published", "true"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 404));
        assertThat(bm(() -> pages.find(id)).localizedTitle().in("fr")).isEqualTo("Contact Béni Mellal");
    }

    private static RequestPostProcessor host(String name) {
        return request -> {
            request.setServerName(name);
            return request;
        };
    }

    private String body(RequestBuilder request) throws Exception {
        return web.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String slug(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private <T> T bm(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), work);
    }

    private static RequestPostProcessor staffOf(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.COMMUNE_ADMIN.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    private static RequestPostProcessor citizenOf(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    private static <T> List<T> concurrently(int count, java.util.function.IntFunction<Callable<T>> task) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<T> work = task.apply(i);
                futures.add(pool.submit(() -> {
                    gate.await();
                    return work.call();
                }));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
