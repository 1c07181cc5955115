package ma.mocharaka.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.security.KeycloakClaims;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.actionplan.ActionPlanView;
import ma.mocharaka.portal.actionplan.ActionPlans;
import ma.mocharaka.portal.bodies.AdvisoryBodies;
import ma.mocharaka.portal.bodies.BodyKind;
import ma.mocharaka.portal.bodies.BodyView;
import ma.mocharaka.portal.bodies.MemberRole;

/**
 * Staff building an action plan from the admin (plan, actions, indicators) and ending a body member's term: through
 * the real forms, audited, refused with reasons, and only by the commune's own staff.
 */
@PortalTest
class CommuneAdminEditsTest {

    @Autowired
    ActionPlans plans;
    @Autowired
    AdvisoryBodies bodies;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc web;

    @Test
    void staffBuildAnActionPlanFromTheAdminAndItShowsPublicly() throws Exception {
        String title = "Plan d’action " + UUID.randomUUID();
        web.perform(post("/c/beni-mellal/admin/action-plan/plans").with(staffOf("beni-mellal")).with(csrf())
                        .param("titleFr", title).param("approvedOn", "2025-02-06"))
                .andExpect(status().is3xxRedirection());
        ActionPlanView plan = bm(() -> plans.all()).stream()
                .filter(p -> p.localizedTitle().in("fr").equals(title)).findFirst().orElseThrow();

        web.perform(post("/c/beni-mellal/admin/action-plan/plans/" + plan.id() + "/actions").with(staffOf("beni-mellal"))
                        .with(csrf()).param("titleFr", "Créer un guichet de participation").param("ownerFr", "Service de la participation")
                        .param("startsOn", "2025-03-01").param("endsOn", "2025-12-31").param("budgetMad", "150000")
                        .param("status", "IN_PROGRESS").param("progress", "20"))
                .andExpect(status().is3xxRedirection());
        web.perform(post("/c/beni-mellal/admin/action-plan/plans/" + plan.id() + "/actions").with(staffOf("beni-mellal"))
                        .with(csrf()).param("titleFr", "Deuxième action").param("status", "PLANNED").param("progress", "0"))
                .andExpect(status().is3xxRedirection());
        ActionPlanView withActions = reread(plan.id());
        assertThat(withActions.actions()).hasSize(2);
        ActionPlanView.Action first = withActions.actions().getFirst();
        assertThat(first.localizedTitle().in("fr")).isEqualTo("Créer un guichet de participation");
        assertThat(first.progress()).isEqualTo(20);

        web.perform(post("/c/beni-mellal/admin/action-plan/actions/" + first.id() + "/indicators").with(staffOf("beni-mellal"))
                        .with(csrf()).param("labelFr", "Demandes traitées").param("unit", "demandes")
                        .param("baseline", "0").param("target", "500"))
                .andExpect(status().is3xxRedirection());
        assertThat(reread(plan.id()).actions().getFirst().indicators()).singleElement()
                .satisfies(i -> assertThat(i.target()).isEqualByComparingTo("500"));
        assertThat(audit.recent("beni-mellal", 200)).extracting(AuditTrail.AuditEvent::action)
                .contains("action-plan.record", "action-plan.action.add", "action-plan.indicator.add");

        String page = web.perform(get("/c/beni-mellal/action-plan?lang=fr")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(title).contains("Créer un guichet de participation").contains("Demandes traitées");
    }

    @Test
    void badActionsAreRefusedInTheStaffLanguageAndNothingIsAdded() throws Exception {
        long planId = bm(() -> plans.record(new ma.mocharaka.portal.actionplan.ActionPlanDraft(
                LocalizedText.of(null, "Plan " + UUID.randomUUID(), null, null), LocalizedText.of(null, null, null, null),
                null, java.util.List.of()), "bm.admin"));
        String page = web.perform(post("/c/beni-mellal/admin/action-plan/plans/" + planId + "/actions?lang=fr")
                        .with(staffOf("beni-mellal")).with(csrf()).param("titleFr", "Action kept")
                        .param("startsOn", "2025-06-01").param("endsOn", "2025-01-01")
                        .param("status", "DONE").param("progress", "40"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("La fin ne précède pas le début.").contains("Une action réalisée est avancée à 100")
                .contains("Action kept");
        assertThat(reread(planId).actions()).isEmpty();
    }

    @Test
    void aMembersTermEndsOnceAndNeverBeforeItStarted() throws Exception {
        long body = bm(() -> bodies.create(BodyKind.YOUTH_COUNCIL, LocalizedText.of(null, "Conseil des jeunes " + UUID.randomUUID(), null, null),
                LocalizedText.of(null, "Mandat", null, null), LocalDate.of(2024, 1, 1), "bm.admin"));
        bm(() -> bodies.addMember(body, "Salma", MemberRole.PRESIDENT, LocalDate.of(2024, 3, 1), null, "bm.admin"));
        long member = bm(() -> bodies.find(body)).members().getFirst().id();
        String end = "/c/beni-mellal/admin/bodies/" + body + "/members/" + member + "/end";

        String refused = web.perform(post(end + "?lang=fr").with(staffOf("beni-mellal")).with(csrf()).param("endedOn", "2024-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Un mandat ne se termine ni avant son début");
        web.perform(post(end).with(staffOf("demnat")).with(csrf()).param("endedOn", "2025-01-31")).andExpect(status().isForbidden());
        web.perform(post(end).with(citizenOf("beni-mellal")).with(csrf()).param("endedOn", "2025-01-31")).andExpect(status().isForbidden());
        assertThat(bm(() -> bodies.find(body)).members().getFirst().sitting()).isTrue();

        web.perform(post(end).with(staffOf("beni-mellal")).with(csrf()).param("endedOn", "2025-01-31"))
                .andExpect(status().is3xxRedirection());
        BodyView.Member ended = bm(() -> bodies.find(body)).members().getFirst();
        assertThat(ended.termEnd()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(ended.sitting()).isFalse();
        assertThat(bm(() -> bodies.endTerm(body, member, LocalDate.of(2025, 2, 1), "bm.admin"))).as("ends once").isFalse();
        assertThat(bm(() -> bodies.addMember(body, "Nouhaila", MemberRole.PRESIDENT, LocalDate.of(2025, 2, 1), null, "bm.admin")))
                .as("the office is free again").isTrue();
        assertThat(audit.recent("beni-mellal", 200)).extracting(AuditTrail.AuditEvent::action, AuditTrail.AuditEvent::target)
                .contains(org.assertj.core.groups.Tuple.tuple("body.member.end", "advisory_body_member/" + member));
    }

    @Test
    void actionPlanEndpointsAreForTheCommunesOwnStaff() throws Exception {
        long planId = bm(() -> plans.record(new ma.mocharaka.portal.actionplan.ActionPlanDraft(
                LocalizedText.of(null, "Plan isolé", null, null), LocalizedText.of(null, null, null, null),
                null, java.util.List.of()), "bm.admin"));
        web.perform(post("/c/beni-mellal/admin/action-plan/plans").with(staffOf("azilal")).with(csrf()).param("titleFr", "Intrus"))
                .andExpect(status().isForbidden());
        web.perform(post("/c/beni-mellal/admin/action-plan/plans/" + planId + "/actions").with(staffOf("demnat")).with(csrf())
                .param("titleFr", "Intrus").param("status", "PLANNED").param("progress", "0")).andExpect(status().isForbidden());
        web.perform(post("/c/beni-mellal/admin/action-plan/plans/" + planId + "/actions").with(citizenOf("beni-mellal")).with(csrf())
                .param("titleFr", "Intrus").param("status", "PLANNED").param("progress", "0")).andExpect(status().isForbidden());
        web.perform(post("/c/beni-mellal/admin/action-plan/plans/" + planId + "/actions").with(staffOf("demnat"))
                .with(host("demnat.localhost")).with(csrf())
                .param("titleFr", "Intrus").param("status", "PLANNED").param("progress", "0")).andExpect(status().isForbidden());
        assertThat(reread(planId).actions()).isEmpty();
        web.perform(get("/c/beni-mellal/admin/action-plan?lang=ar").with(staffOf("beni-mellal"))).andExpect(status().isOk());
        web.perform(get("/c/beni-mellal/admin/action-plan").with(staffOf("beni-mellal")).with(host("beni-mellal.localhost")))
                .andExpect(status().isOk());
    }

    /** The commune's own host ({@code beni-mellal.localhost}); a path naming a commune still wins over the host. */
    private static RequestPostProcessor host(String name) {
        return request -> {
            request.setServerName(name);
            return request;
        };
    }

    private ActionPlanView reread(long planId) {
        return bm(() -> plans.all()).stream().filter(p -> p.id() == planId).findFirst().orElseThrow();
    }

    private <T> T bm(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), work);
    }

    private static RequestPostProcessor staffOf(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.COMMUNE_STAFF.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    private static RequestPostProcessor citizenOf(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.CITIZEN.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }
}
