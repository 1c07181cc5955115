package ma.mocharaka.portal.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.demo.DemoConsultations;

/** Consultations on the real PostgreSQL schema: the window, states by date, supports, moderation, outcome. */
@PortalTest
class ConsultationsTest {

    @Autowired
    Consultations consultations;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;

    TestConsultations fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new TestConsultations(consultations, registry, jdbc);
    }

    @Test
    void contributionsAreTakenOnTheOpenDaysOnlyBothEndsIncluded() {
        long upcoming = fixtures.publish("beni-mellal", today().plusDays(1), today().plusDays(21));
        long firstDay = fixtures.publish("beni-mellal", today(), today().plusDays(21));
        long lastDay = fixtures.publish("beni-mellal", today().minusDays(21), today());
        long closed = fixtures.publish("beni-mellal", today().minusDays(22), today().minusDays(1));

        assertThat(comment(upcoming, "bm.citizen")).isEqualTo(ContributionOutcome.NOT_OPEN);
        assertThat(comment(firstDay, "bm.citizen")).isEqualTo(ContributionOutcome.SUBMITTED);
        assertThat(comment(lastDay, "bm.citizen")).isEqualTo(ContributionOutcome.SUBMITTED);
        assertThat(comment(closed, "bm.citizen")).isEqualTo(ContributionOutcome.NOT_OPEN);

        assertThat(state(upcoming)).isEqualTo(ConsultationState.UPCOMING);
        assertThat(state(firstDay)).isEqualTo(ConsultationState.OPEN);
        assertThat(state(closed)).isEqualTo(ConsultationState.CLOSED);
        assertThat(fixtures.as("beni-mellal", () -> consultations.facts(closed)).get("contributions")).isEqualTo(0L);
        assertThat(fixtures.as("beni-mellal", () -> consultations.facts(lastDay)).get("contributions")).isEqualTo(1L);
    }

    @Test
    void aConsultationRunsFromOpenToSynthesisToApprovalAndStopsTakingContributions() {
        long id = fixtures.openToday("beni-mellal");
        comment(id, "bm.citizen");
        LocalizedText synthesis = LocalizedText.of("تم الاحتفاظ بمقترح إشراك الشباب.", "La proposition d’associer les jeunes est retenue.", null, null);

        assertThat(fixtures.as("beni-mellal", () -> consultations.publishSynthesis(id, synthesis, "bm.admin")))
                .isEqualTo(StepOutcome.STILL_OPEN);
        fixtures.closedDaysAgo("beni-mellal", id, 2);
        assertThat(state(id)).isEqualTo(ConsultationState.CLOSED);
        assertThat(fixtures.as("beni-mellal", () -> consultations.publishSynthesis(id, synthesis, "bm.admin")))
                .isEqualTo(StepOutcome.DONE);
        assertThat(state(id)).isEqualTo(ConsultationState.SYNTHESISED);
        assertThat(fixtures.as("beni-mellal", () -> consultations.publishSynthesis(id, synthesis, "bm.admin")))
                .isEqualTo(StepOutcome.ALREADY_DONE);

        assertThat(fixtures.as("beni-mellal", () -> consultations.recordApproval(id, today().minusDays(3), LocalizedText.of(null, "Texte final", null, null), "bm.admin")))
                .as("before the window closed").isEqualTo(StepOutcome.DATE_OUT_OF_RANGE);
        assertThat(fixtures.as("beni-mellal", () -> consultations.recordApproval(id, today().plusDays(1), LocalizedText.of(null, "Texte final", null, null), "bm.admin")))
                .as("in the future").isEqualTo(StepOutcome.DATE_OUT_OF_RANGE);
        assertThat(fixtures.as("beni-mellal", () -> consultations.recordApproval(id, today(), LocalizedText.of(null, "Texte final", null, null), "bm.admin")))
                .isEqualTo(StepOutcome.DONE);

        ConsultationView approved = fixtures.as("beni-mellal", () -> consultations.find(id, null));
        assertThat(approved.state()).isEqualTo(ConsultationState.APPROVED);
        assertThat(approved.approvedOn()).isEqualTo(today());
        assertThat(approved.localizedSynthesis().in("fr")).contains("jeunes");
        assertThat(approved.localizedFinalText().in("fr")).isEqualTo("Texte final");
        assertThat(audit.recent("beni-mellal", 100)).extracting(AuditTrail.AuditEvent::action)
                .contains("consultation.synthesis", "consultation.approval");
    }

    @Test
    void aCitizenSupportsAProposalOnceAndNeverTheirOwnOrAHiddenOne() throws Exception {
        long id = fixtures.openToday("beni-mellal");
        long section = fixtures.firstSection("beni-mellal", id);
        fixtures.as("beni-mellal", () -> consultations.contribute(id, section, ContributionKind.PROPOSAL, "Ajouter un conseil des jeunes", "author"));
        fixtures.as("beni-mellal", () -> consultations.contribute(id, section, ContributionKind.COMMENT, "Très bien", "author"));
        List<ConsultationView.ContributionView> made = fixtures.as("beni-mellal", () -> consultations.find(id, null)).sections().getFirst().contributions();
        long proposal = made.get(0).id();
        long commentId = made.get(1).id();

        List<ContributionOutcome> outcomes = concurrently(30, () -> fixtures.as("beni-mellal", () -> consultations.support(id, proposal, "bm.citizen")));
        assertThat(outcomes).containsOnlyOnce(ContributionOutcome.SUPPORTED);
        assertThat(outcomes).filteredOn(o -> o == ContributionOutcome.ALREADY_SUPPORTED).hasSize(29);
        assertThat(fixtures.as("beni-mellal", () -> consultations.support(id, proposal, "author"))).isEqualTo(ContributionOutcome.OWN_CONTRIBUTION);
        assertThat(fixtures.as("beni-mellal", () -> consultations.support(id, commentId, "bm.citizen"))).isEqualTo(ContributionOutcome.NOT_SUPPORTABLE);

        ConsultationView.ContributionView seen = fixtures.as("beni-mellal", () -> consultations.find(id, "bm.citizen")).sections().getFirst().contributions().getFirst();
        assertThat(seen.supports()).isEqualTo(1);
        assertThat(seen.supportedByViewer()).isTrue();

        fixtures.as("beni-mellal", () -> {
            consultations.hide(id, proposal, "Propos injurieux", "bm.staff");
            return null;
        });
        assertThat(fixtures.as("beni-mellal", () -> consultations.support(id, proposal, "someone-else"))).isEqualTo(ContributionOutcome.NOT_SUPPORTABLE);
        ConsultationView.ContributionView hidden = fixtures.as("beni-mellal", () -> consultations.find(id, null)).sections().getFirst().contributions().getFirst();
        assertThat(hidden.body()).isNull();
        assertThat(hidden.hiddenReason()).isEqualTo("Propos injurieux");
        assertThat(fixtures.as("beni-mellal", () -> consultations.facts(id)))
                .containsEntry("contributions", 2L).containsEntry("proposals", 1L).containsEntry("hidden", 1L)
                .containsEntry("contributors", 1L).containsEntry("supports", 1L);
        assertThat(audit.recent("beni-mellal", 50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("consultation.hide");
            assertThat(e.after()).contains("Propos injurieux");
        });
    }

    @Test
    void aSectionOrContributionOfAnotherConsultationIsNotFound() {
        long one = fixtures.openToday("beni-mellal");
        long other = fixtures.openToday("beni-mellal");
        long otherSection = fixtures.firstSection("beni-mellal", other);
        assertThatThrownBy(() -> fixtures.as("beni-mellal", () -> consultations.contribute(one, otherSection, ContributionKind.COMMENT, "x", "bm.citizen")))
                .isInstanceOf(ConsultationNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as("demnat", () -> consultations.contribute(one, otherSection, ContributionKind.COMMENT, "x", "bm.citizen")))
                .isInstanceOf(ConsultationNotFoundException.class);
    }

    @Test
    void theRealConsultationsKeepTheirDatesAndStates() {
        long beniMellal = fixtures.as("beni-mellal", () -> consultations.publish(DemoConsultations.beniMellalCharter(), "test"));
        ConsultationView charter = fixtures.as("beni-mellal", () -> consultations.find(beniMellal, null));
        assertThat(charter.opensOn()).isEqualTo(LocalDate.of(2024, 1, 22));
        assertThat(charter.closesOn()).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(charter.state()).isEqualTo(ConsultationState.CLOSED);
        assertThat(fixtures.as("beni-mellal", () -> consultations.contribute(beniMellal, charter.sections().getLast().id(),
                ContributionKind.PROPOSAL, "Trop tard", "bm.citizen"))).isEqualTo(ContributionOutcome.NOT_OPEN);

        long demnat = fixtures.as("demnat", () -> consultations.publish(DemoConsultations.demnatCharterAndActionPlan(), "test"));
        assertThat(fixtures.as("demnat", () -> consultations.recordApproval(demnat, LocalDate.of(2025, 2, 6), LocalizedText.of(null, "Plan approuvé", null, null), "test")))
                .isEqualTo(StepOutcome.DONE);
        ConsultationView approved = fixtures.as("demnat", () -> consultations.find(demnat, null));
        assertThat(approved.state()).isEqualTo(ConsultationState.APPROVED);
        assertThat(approved.approvedOn()).isEqualTo(LocalDate.of(2025, 2, 6));
    }

    private ContributionOutcome comment(long id, String author) {
        long section = fixtures.firstSection("beni-mellal", id);
        return fixtures.as("beni-mellal", () -> consultations.contribute(id, section, ContributionKind.COMMENT, "Un avis", author));
    }

    private ConsultationState state(long id) {
        return fixtures.as("beni-mellal", () -> consultations.find(id, null)).state();
    }

    private static <T> List<T> concurrently(int count, java.util.concurrent.Callable<T> task) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return task.call();
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

    /** Today as the product sees it, so the test and the service cannot disagree about the date. */
    private LocalDate today() {
        return consultations.today();
    }
}
