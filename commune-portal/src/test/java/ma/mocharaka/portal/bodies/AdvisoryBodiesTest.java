package ma.mocharaka.portal.bodies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.demo.DemoBodies;

/** Advisory bodies on the real PostgreSQL schema: the opinion's path to publication, offices, facts. */
@PortalTest
class AdvisoryBodiesTest {

    private static final LocalizedText REASONS = LocalizedText.of("يتماشى مع برنامج عمل الجماعة", "Conforme au programme d’action", null, null);

    @Autowired
    AdvisoryBodies bodies;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail audit;

    @Test
    void beniMellalsEqualityBodyHasItsTwoDecember2023DraftOpinions() {
        long id = inBeniMellal(() -> DemoBodies.beniMellal(bodies));
        BodyView body = inBeniMellal(() -> bodies.find(id));

        assertThat(body.kind()).isEqualTo(BodyKind.EQUALITY_BODY);
        assertThat(body.opinions()).hasSize(2).allSatisfy(opinion -> {
            assertThat(opinion.stage()).isEqualTo(OpinionStage.DRAFTED);
            assertThat(opinion.draftedOn()).isEqualTo(LocalDate.of(2023, 12, 24));
        });
        assertThat(body.opinions()).extracting(o -> o.localizedTitle().in("ar"))
                .anyMatch(t -> t.contains("النقل العمومي")).anyMatch(t -> t.contains("الولوجيات"));
        assertThat(body.meetings()).singleElement().satisfies(m -> assertThat(m.heldOn()).isEqualTo(LocalDate.of(2023, 12, 22)));
        assertThat(inBeniMellal(() -> bodies.facts(id))).containsEntry("opinions", 2L).containsEntry("submitted", 0L);
    }

    @Test
    void anOpinionGoesFromDraftToCouncilAnswerWithReasonsToPublicationInOrder() {
        long body = inBeniMellal(() -> bodies.create(BodyKind.YOUTH_COUNCIL, LocalizedText.of("مجلس الشباب", "Conseil des jeunes", null, null),
                LocalizedText.of("مهام", "Mission", null, null), null, "bm.admin"));
        long opinion = inBeniMellal(() -> bodies.draftOpinion(body, LocalizedText.of(null, "Espaces sportifs", null, null),
                LocalizedText.of(null, "Ouvrir les terrains le soir", null, null), LocalDate.of(2024, 3, 1), "bm.staff"));

        assertThat(inBeniMellal(() -> bodies.publish(body, opinion, LocalDate.of(2024, 3, 2), "bm.staff"))).as("not answered yet").isFalse();
        assertThat(inBeniMellal(() -> bodies.submit(body, opinion, LocalDate.of(2024, 2, 1), "bm.staff"))).as("before drafting").isFalse();
        assertThat(inBeniMellal(() -> bodies.submit(body, opinion, LocalDate.of(2024, 3, 5), "bm.staff"))).isTrue();
        assertThat(inBeniMellal(() -> bodies.recordAnswer(body, opinion, CouncilAnswer.ACCEPTED, LocalizedText.of(null, null, null, null), LocalDate.of(2024, 4, 1), "bm.staff")))
                .as("without reasons").isFalse();
        assertThat(inBeniMellal(() -> bodies.recordAnswer(body, opinion, CouncilAnswer.ACCEPTED, REASONS, LocalDate.of(2024, 3, 4), "bm.staff")))
                .as("before submission").isFalse();
        assertThat(inBeniMellal(() -> bodies.recordAnswer(body, opinion, CouncilAnswer.TAKEN_INTO_ACCOUNT, REASONS, LocalDate.of(2024, 4, 1), "bm.staff"))).isTrue();
        assertThat(inBeniMellal(() -> bodies.publish(body, opinion, LocalDate.of(2024, 4, 2), "bm.staff"))).isTrue();
        assertThat(inBeniMellal(() -> bodies.submit(body, opinion, LocalDate.of(2024, 4, 3), "bm.staff"))).as("never goes back").isFalse();

        BodyView.Opinion published = inBeniMellal(() -> bodies.find(body)).opinions().getFirst();
        assertThat(published.stage()).isEqualTo(OpinionStage.PUBLISHED);
        assertThat(published.councilAnswer()).isEqualTo(CouncilAnswer.TAKEN_INTO_ACCOUNT);
        assertThat(published.localizedReasons().in("fr")).isEqualTo("Conforme au programme d’action");
        assertThat(inBeniMellal(() -> bodies.facts(body))).containsEntry("takenIntoAccount", 1L).containsEntry("submitted", 1L);
        assertThat(audit.recent("beni-mellal", 100)).extracting(AuditTrail.AuditEvent::action)
                .contains("opinion.submitted", "opinion.answered", "opinion.published", "body.create");
    }

    @Test
    void oneSittingPresidentAtATimeEvenAgainstTheDatabase() {
        long body = inBeniMellal(() -> bodies.create(BodyKind.NEIGHBOURHOOD_COMMITTEE, LocalizedText.of(null, "Comité Hay Al Amal", null, null),
                LocalizedText.of(null, "Quartier", null, null), null, "bm.admin"));
        assertThat(inBeniMellal(() -> bodies.addMember(body, "Amina", MemberRole.PRESIDENT, LocalDate.of(2025, 2, 15), null, "bm.staff"))).isTrue();
        assertThat(inBeniMellal(() -> bodies.addMember(body, "Youssef", MemberRole.PRESIDENT, LocalDate.of(2025, 3, 1), null, "bm.staff"))).isFalse();
        assertThat(inBeniMellal(() -> bodies.addMember(body, "Youssef", MemberRole.MEMBER, LocalDate.of(2025, 3, 1), null, "bm.staff"))).isTrue();
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO commune_beni_mellal.advisory_body_member (body_id, name, role, term_start) "
                + "VALUES (?, 'Other', 'PRESIDENT', '2025-03-01')").params(body).update())
                .hasMessageContaining("advisory_body_one_open_office");
        assertThat(inBeniMellal(() -> bodies.facts(body))).containsEntry("sittingMembers", 2L);
    }

    @Test
    void anOpinionIsReachedThroughItsOwnBodyOnly() {
        long one = inBeniMellal(() -> bodies.create(BodyKind.CHILD_COUNCIL, LocalizedText.of(null, "A", null, null), LocalizedText.of(null, "A", null, null), null, "t"));
        long other = inBeniMellal(() -> bodies.create(BodyKind.CHILD_COUNCIL, LocalizedText.of(null, "B", null, null), LocalizedText.of(null, "B", null, null), null, "t"));
        long opinion = inBeniMellal(() -> bodies.draftOpinion(one, LocalizedText.of(null, "T", null, null), LocalizedText.of(null, "X", null, null), LocalDate.of(2025, 1, 1), "t"));
        assertThatThrownBy(() -> inBeniMellal(() -> bodies.submit(other, opinion, LocalDate.of(2025, 1, 2), "t")))
                .isInstanceOf(BodyNotFoundException.class);
        assertThatThrownBy(() -> CurrentCommune.callAs(registry.findBySlug("demnat").orElseThrow(), () -> bodies.find(one)))
                .isInstanceOf(BodyNotFoundException.class);
    }

    private <T> T inBeniMellal(Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(), work);
    }
}
