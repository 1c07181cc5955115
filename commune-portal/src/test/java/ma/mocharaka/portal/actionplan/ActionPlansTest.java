package ma.mocharaka.portal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

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
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.demo.DemoActionPlans;

/** The action plan on the real schema and through the web: progress, indicators, audit, and one commune at a time. */
@PortalTest
class ActionPlansTest {

    @Autowired
    ActionPlans plans;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    MockMvc web;

    @Test
    void demnatesApprovedPlanShowsItsActionsDone() {
        long id = in("demnat", () -> plans.record(DemoActionPlans.demnat(), "test"));
        ActionPlanView plan = in("demnat", () -> plans.all()).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        assertThat(plan.approvedOn()).isEqualTo(LocalDate.of(2025, 2, 6));
        assertThat(plan.actions()).hasSize(3).allSatisfy(a -> assertThat(a.progress()).isEqualTo(100));
        assertThat(plan.averageProgress()).isEqualTo(100);
    }

    @Test
    void progressAndIndicatorValuesAreReportedAuditedAndDrawnAsPercentages() {
        long id = in("beni-mellal", () -> plans.record(plan("Plan " + UUID.randomUUID()), "bm.admin"));
        ActionPlanView.Action action = actionOf("beni-mellal", id);
        long indicator = action.indicators().getFirst().id();

        in("beni-mellal", () -> {
            plans.reportProgress(action.id(), ActionStatus.IN_PROGRESS, 40, "bm.staff");
            plans.measure(indicator, new BigDecimal("3"), LocalDate.of(2025, 6, 1), "bm.staff");
            return null;
        });
        ActionPlanView.Action reported = actionOf("beni-mellal", id);
        assertThat(reported.progress()).isEqualTo(40);
        assertThat(reported.indicators().getFirst().percentOfTarget()).isEqualTo(60);

        in("beni-mellal", () -> {
            plans.reportProgress(action.id(), ActionStatus.DONE, 70, "bm.staff");
            return null;
        });
        assertThat(actionOf("beni-mellal", id).progress()).as("done means 100 %").isEqualTo(100);
        assertThat(audit.recent("beni-mellal", 50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("action-plan.progress");
            assertThat(e.before()).isEqualTo("IN_PROGRESS 40%");
            assertThat(e.after()).isEqualTo("DONE 100%");
        });
        assertThatThrownBy(() -> jdbc.sql("UPDATE commune_beni_mellal.plan_action SET progress = 50 WHERE id = ?")
                .params(action.id()).update()).hasMessageContaining("check");
    }

    @Test
    void everyEndpointAnswersForItsOwnCommuneOnly() throws Exception {
        String title = "Plan " + UUID.randomUUID();
        long id = in("beni-mellal", () -> plans.record(plan(title), "bm.admin"));
        long action = actionOf("beni-mellal", id).id();

        assertThat(page("/c/beni-mellal/action-plan?lang=fr", null)).contains(title);
        assertThat(page("/c/beni-mellal/api/action-plans", null)).contains(title);
        for (String other : new String[] {"demnat", "azilal"}) {
            assertThat(page("/c/" + other + "/action-plan?lang=fr", null)).doesNotContain(title);
            assertThat(page("/c/" + other + "/api/action-plans", null)).doesNotContain(title);
        }
        web.perform(get("/c/beni-mellal/admin/action-plan").with(staff("beni-mellal"))).andExpect(status().isOk());
        web.perform(get("/c/beni-mellal/admin/action-plan").with(staff("azilal"))).andExpect(status().isForbidden());
        web.perform(post("/c/beni-mellal/admin/action-plan/actions/" + action).with(staff("demnat")).with(csrf())
                .param("status", "CANCELLED").param("progress", "0")).andExpect(status().isForbidden());
        web.perform(post("/c/demnat/admin/action-plan/actions/" + action).with(staff("demnat")).with(csrf())
                .param("status", "CANCELLED").param("progress", "0"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 404));
        assertThat(actionOf("beni-mellal", id).status()).isEqualTo(ActionStatus.PLANNED);

        String refused = web.perform(post("/c/beni-mellal/admin/action-plan/actions/" + action + "?lang=fr")
                        .with(staff("beni-mellal")).with(csrf()).param("status", "IN_PROGRESS").param("progress", "150"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("L’avancement est un nombre entre 0 et 100.").contains("value=\"150\"");
        web.perform(post("/c/beni-mellal/admin/action-plan/actions/" + action).with(staff("beni-mellal")).with(csrf())
                .param("status", "IN_PROGRESS").param("progress", "25")).andExpect(status().is3xxRedirection());
        assertThat(actionOf("beni-mellal", id).progress()).isEqualTo(25);
    }

    private static ActionPlanDraft plan(String title) {
        return new ActionPlanDraft(LocalizedText.of("خطة " + title, title, null, null), LocalizedText.of(null, "Résumé", null, null),
                LocalDate.of(2025, 2, 6), List.of(new ActionPlanDraft.Action(
                        LocalizedText.of("تكوين الجمعيات", "Former les associations", null, null),
                        LocalizedText.of("قسم الشؤون الاجتماعية", "Division des affaires sociales", null, null),
                        LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31), new BigDecimal("50000"),
                        ActionStatus.PLANNED, 0,
                        List.of(new ActionPlanDraft.Indicator(LocalizedText.of(null, "Sessions de formation", null, null),
                                "sessions", BigDecimal.ZERO, new BigDecimal("5"))))));
    }

    private ActionPlanView.Action actionOf(String commune, long planId) {
        return in(commune, () -> plans.all()).stream().filter(p -> p.id() == planId).findFirst().orElseThrow()
                .actions().getFirst();
    }

    private String page(String path, RequestPostProcessor user) throws Exception {
        var request = get(path);
        if (user != null) {
            request = request.with(user);
        }
        return web.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static RequestPostProcessor staff(String commune) {
        return oidcLogin().authorities(new SimpleGrantedAuthority(PlatformRole.COMMUNE_STAFF.authority()),
                new SimpleGrantedAuthority(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune));
    }

    private <T> T in(String commune, Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug(commune).orElseThrow(), work);
    }
}
