package ma.mocharaka.portal.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.portal.PortalTest;

/**
 * Correcting a published consultation: everything while upcoming, only the summary and closing day once open,
 * nothing afterwards; enforced by the service whatever form is posted, and only by the commune's own staff.
 */
@PortalTest
class ConsultationRevisionTest {

    @Autowired
    Consultations consultations;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc web;

    TestConsultations fixtures;
    final java.util.List<Long> created = new java.util.ArrayList<>();

    @BeforeEach
    void fixtures() {
        fixtures = new TestConsultations(consultations, registry, jdbc);
    }

    /**
     * The home page lists the three latest-opening consultations; this test's upcoming ones would crowd out what
     * other tests publish today, so their windows are moved into the past once done.
     */
    @org.junit.jupiter.api.AfterEach
    void outOfTheWay() {
        created.forEach(id -> fixtures.closedDaysAgo("beni-mellal", id, 30));
    }

    private long publish(LocalDate opensOn, LocalDate closesOn) {
        long id = fixtures.publish("beni-mellal", opensOn, closesOn);
        created.add(id);
        return id;
    }

    @Test
    void anUpcomingConsultationIsCorrectedWholeSectionsIncluded() {
        long id = publish(today().plusDays(7), today().plusDays(28));

        RevisionOutcome outcome = fixtures.as("beni-mellal", () -> consultations.revise(id, new ConsultationDraft(
                DocumentKind.ACTION_PLAN, LocalizedText.of(null, "Plan d’action corrigé", null, null),
                LocalizedText.of(null, "Résumé corrigé", null, null), today().plusDays(8), today().plusDays(29),
                List.of(new ConsultationDraft.Section(LocalizedText.of(null, "Axe unique", null, null),
                        LocalizedText.of(null, "Texte", null, null)))), "bm.staff"));

        assertThat(outcome).isEqualTo(RevisionOutcome.DONE);
        ConsultationView revised = fixtures.as("beni-mellal", () -> consultations.find(id, null));
        assertThat(revised.documentKind()).isEqualTo(DocumentKind.ACTION_PLAN);
        assertThat(revised.opensOn()).isEqualTo(today().plusDays(8));
        assertThat(revised.sections()).singleElement()
                .satisfies(s -> assertThat(s.localizedTitle().in("fr")).isEqualTo("Axe unique"));
        assertThat(audit.recent("beni-mellal", 200)).extracting(AuditTrail.AuditEvent::action, AuditTrail.AuditEvent::target)
                .contains(org.assertj.core.groups.Tuple.tuple("consultation.revise", "consultation/" + id));

        assertThat(fixtures.as("beni-mellal", () -> consultations.revise(id, draft(today().minusDays(1), today().plusDays(5)), "bm.staff")))
                .as("an upcoming consultation cannot be made to have opened yesterday")
                .isEqualTo(RevisionOutcome.OPENS_IN_THE_PAST);
    }

    @Test
    void onceOpenOnlyTheSummaryAndClosingDayMoveAndNeverIntoThePast() {
        long id = publish(today(), today().plusDays(20));

        assertThat(fixtures.as("beni-mellal", () -> consultations.revise(id, draft(today(), today().plusDays(30)), "bm.staff")))
                .isEqualTo(RevisionOutcome.NOT_UPCOMING);
        assertThat(fixtures.as("beni-mellal", () -> consultations.find(id, null)).sections()).hasSize(2);

        assertThat(fixtures.as("beni-mellal", () -> consultations.reviseWhileOpen(id,
                LocalizedText.of(null, "Prolongée d’une semaine", null, null), today().plusDays(27), "bm.staff")))
                .isEqualTo(RevisionOutcome.DONE);
        ConsultationView extended = fixtures.as("beni-mellal", () -> consultations.find(id, null));
        assertThat(extended.closesOn()).isEqualTo(today().plusDays(27));
        assertThat(new LocalizedText(extended.summary()).in("fr")).isEqualTo("Prolongée d’une semaine");
        assertThat(extended.opensOn()).isEqualTo(today());

        assertThat(fixtures.as("beni-mellal", () -> consultations.reviseWhileOpen(id,
                LocalizedText.of(null, "x", null, null), today().minusDays(1), "bm.staff")))
                .isEqualTo(RevisionOutcome.CLOSES_IN_THE_PAST);

        fixtures.closedDaysAgo("beni-mellal", id, 2);
        assertThat(fixtures.as("beni-mellal", () -> consultations.reviseWhileOpen(id,
                LocalizedText.of(null, "Rouvrir", null, null), today().plusDays(10), "bm.staff")))
                .as("a closed consultation is not reopened by moving its closing day")
                .isEqualTo(RevisionOutcome.NOT_OPEN);
    }

    @Test
    void theEditPagesAreForTheCommunesOwnStaffAndPostsFromElsewhereChangeNothing() throws Exception {
        long id = publish(today().plusDays(7), today().plusDays(28));
        String edit = "/c/beni-mellal/admin/consultations/" + id + "/edit";

        web.perform(get(edit + "?lang=fr").with(staffOf("beni-mellal"))).andExpect(status().isOk());
        web.perform(get(edit).with(staffOf("demnat"))).andExpect(status().isForbidden());
        web.perform(get(edit).with(citizenOf("beni-mellal"))).andExpect(status().isForbidden());
        web.perform(get(edit).with(staffOf("demnat")).with(request -> {
            request.setServerName("demnat.localhost");
            return request;
        })).andExpect(status().isForbidden());
        web.perform(post(edit).with(staffOf("azilal")).with(csrf()).param("kind", "CHARTER").param("titleFr", "Intrus")
                .param("opensOn", today().plusDays(7).toString()).param("closesOn", today().plusDays(28).toString())
                .param("textFr", "## A\nB")).andExpect(status().isForbidden());
        web.perform(post("/c/demnat/admin/consultations/" + id + "/window").with(staffOf("demnat")).with(csrf())
                        .param("closesOn", today().plusDays(40).toString()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 404));
        assertThat(fixtures.as("beni-mellal", () -> consultations.find(id, null)).closesOn()).isEqualTo(today().plusDays(28));

        // Through the form: the window rule is the service's, and the page says it in the staff's language.
        long open = publish(today(), today());
        String page = web.perform(post("/c/beni-mellal/admin/consultations/" + open + "/window?lang=fr")
                        .with(staffOf("beni-mellal")).with(csrf()).param("summaryFr", "Summary kept")
                        .param("closesOn", today().minusDays(3).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("La date de clôture ne peut pas être passée.").contains("Summary kept");

        web.perform(post("/c/beni-mellal/admin/consultations/" + open + "/window").with(staffOf("beni-mellal")).with(csrf())
                        .param("summaryFr", "Prolongée").param("closesOn", today().plusDays(14).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.as("beni-mellal", () -> consultations.find(open, null)).closesOn()).isEqualTo(today().plusDays(14));
    }

    private static ConsultationDraft draft(LocalDate opensOn, LocalDate closesOn) {
        return new ConsultationDraft(DocumentKind.CHARTER, LocalizedText.of(null, "Charte", null, null),
                LocalizedText.of(null, "Résumé", null, null), opensOn, closesOn,
                List.of(new ConsultationDraft.Section(LocalizedText.of(null, "Titre", null, null),
                        LocalizedText.of(null, "Texte", null, null))));
    }

    private static RequestPostProcessor staffOf(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.COMMUNE_STAFF.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    private static RequestPostProcessor citizenOf(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    /** Today as the product sees it, so the test and the service cannot disagree about the date. */
    private LocalDate today() {
        return consultations.today();
    }
}
