package ma.mocharaka.portal.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.demo.DemoForums;

/** Results, corrections and cancellation of forums on the real schema: what is allowed when, and what is recorded. */
@PortalTest
class ForumResultsTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Forums forums;
    @Autowired
    CommuneRegistry registry;
    @Autowired
    AuditTrail audit;

    ForumFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ForumFixtures(forums, registry);
    }

    @Test
    void aHeldForumGetsProposalsAndDocumentsThatCanBeRemovedAgain() {
        ForumView held = fixtures.as("beni-mellal", () -> forums.schedule(DemoForums.beniMellalCitizenForum(), "test"));
        LocalizedText text = LocalizedText.of("تهيئة فضاءات خضراء بالمدينة القديمة", "Aménager des espaces verts dans la médina", null, null);
        LocalizedText theme = LocalizedText.of("البيئة", "Environnement", null, null);

        assertThat(bm(() -> forums.addProposal(held.id(), text, theme, "bm.staff"))).isEqualTo(RevisionOutcome.DONE);
        assertThat(bm(() -> forums.addProposal(held.id(), LocalizedText.of(null, "Sans thème", null, null),
                LocalizedText.of(null, null, null, null), "bm.staff"))).isEqualTo(RevisionOutcome.DONE);
        assertThat(bm(() -> forums.attachDocument(held.id(),
                new MockMultipartFile("document", "synthese-ateliers.pdf", "application/pdf", PDF), "bm.staff")))
                .isEqualTo(RevisionOutcome.DONE);

        ForumResults results = bm(() -> forums.results(held.id()));
        assertThat(results.proposals()).extracting(p -> p.localizedText().in("fr"))
                .containsExactly("Aménager des espaces verts dans la médina", "Sans thème");
        assertThat(results.proposals().get(0).localizedTheme().in("ar")).isEqualTo("البيئة");
        assertThat(results.proposals().get(1).hasTheme()).isFalse();
        assertThat(results.documents()).singleElement()
                .satisfies(d -> assertThat(d.filename()).isEqualTo("synthese-ateliers.pdf"));
        long fileId = results.documents().getFirst().id();
        assertThat(bm(() -> forums.document(held.id(), fileId))).get()
                .satisfies(d -> assertThat(d.content()).isEqualTo(PDF));

        long proposalId = results.proposals().getFirst().id();
        assertThat(bm(() -> forums.removeProposal(held.id(), proposalId, "bm.staff"))).isTrue();
        assertThat(bm(() -> forums.removeDocument(held.id(), fileId, "bm.staff"))).isTrue();
        assertThat(bm(() -> forums.results(held.id())).proposals()).hasSize(1);
        assertThat(bm(() -> forums.results(held.id())).documents()).isEmpty();
        assertThat(audit.recent("beni-mellal", 200)).extracting(AuditTrail.AuditEvent::action, AuditTrail.AuditEvent::target)
                .contains(Tuple.tuple("forum.proposal.remove", "forum_proposal/" + proposalId),
                        Tuple.tuple("forum.document.remove", "stored_file/" + fileId),
                        Tuple.tuple("forum.document.add", "stored_file/" + fileId),
                        Tuple.tuple("forum.proposal.add", "forum_proposal/" + proposalId));
    }

    @Test
    void resultsWaitForTheForumToStartAndAreReachedThroughTheirOwnForumOnly() {
        ForumView upcoming = fixtures.upcoming("beni-mellal", null);
        ForumView held = fixtures.as("beni-mellal", () -> forums.schedule(DemoForums.beniMellalCitizenForum(), "test"));
        LocalizedText text = LocalizedText.of(null, "Une proposition", null, null);

        assertThat(bm(() -> forums.addProposal(upcoming.id(), text, text, "bm.staff"))).isEqualTo(RevisionOutcome.NOT_HELD_YET);
        assertThat(bm(() -> forums.attachDocument(upcoming.id(),
                new MockMultipartFile("document", "a.pdf", "application/pdf", PDF), "bm.staff")))
                .isEqualTo(RevisionOutcome.NOT_HELD_YET);
        assertThat(bm(() -> forums.results(upcoming.id())).isEmpty()).isTrue();

        bm(() -> forums.addProposal(held.id(), text, text, "bm.staff"));
        long proposalId = bm(() -> forums.results(held.id())).proposals().getFirst().id();
        assertThat(bm(() -> forums.removeProposal(upcoming.id(), proposalId, "bm.staff")))
                .as("a proposal is removed through its own forum only").isFalse();
        assertThatThrownBy(() -> fixtures.as("demnat", () -> forums.results(held.id())))
                .isInstanceOf(ForumNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as("demnat", () -> forums.addProposal(held.id(), text, text, "demnat.staff")))
                .isInstanceOf(ForumNotFoundException.class);
    }

    @Test
    void aCancelledForumKeepsItsReasonClosesRegistrationAndFreezes() {
        ForumView forum = fixtures.upcoming("beni-mellal", 50);
        assertThat(bm(() -> forums.register(forum.id(), "early-bird"))).isEqualTo(RegistrationOutcome.REGISTERED);
        LocalizedText reason = LocalizedText.of("تأجيل بسبب الأحوال الجوية", "Reportée pour cause d’intempéries", null, null);

        assertThat(bm(() -> forums.cancel(forum.id(), reason, "bm.admin"))).isEqualTo(RevisionOutcome.DONE);

        ForumView cancelled = bm(() -> forums.find(forum.id()));
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.localizedCancellationReason().in("fr")).isEqualTo("Reportée pour cause d’intempéries");
        assertThat(forums.isOpenForRegistration(cancelled)).isFalse();
        assertThat(bm(() -> forums.register(forum.id(), "late-comer"))).isEqualTo(RegistrationOutcome.CLOSED);
        assertThat(bm(() -> forums.cancel(forum.id(), LocalizedText.of(null, "Autre", null, null), "bm.admin")))
                .isEqualTo(RevisionOutcome.CANCELLED);
        assertThat(bm(() -> forums.find(forum.id())).localizedCancellationReason().in("fr"))
                .as("the first reason stays").isEqualTo("Reportée pour cause d’intempéries");
        assertThat(bm(() -> forums.revise(forum.id(), draftLike(forum, "Nouveau titre", 50), "bm.admin")))
                .isEqualTo(RevisionOutcome.CANCELLED);
        assertThat(bm(() -> forums.current())).anySatisfy(f -> {
            assertThat(f.id()).isEqualTo(forum.id());
            assertThat(f.cancelled()).isTrue();
        });
        assertThat(audit.recent("beni-mellal", 200)).extracting(AuditTrail.AuditEvent::action, AuditTrail.AuditEvent::target)
                .contains(Tuple.tuple("forum.cancel", "forum/" + forum.id()));
    }

    @Test
    void anAnnouncementIsCorrectedBeforeItStartsButNeverBelowItsRegistrations() {
        ForumView forum = fixtures.upcoming("beni-mellal", 10);
        bm(() -> forums.register(forum.id(), "a-" + forum.id()));
        bm(() -> forums.register(forum.id(), "b-" + forum.id()));

        assertThat(bm(() -> forums.revise(forum.id(), draftLike(forum, "Atelier corrigé", 1), "bm.staff")))
                .isEqualTo(RevisionOutcome.CAPACITY_BELOW_REGISTRATIONS);
        assertThat(bm(() -> forums.find(forum.id())).capacity()).isEqualTo(10);

        assertThat(bm(() -> forums.revise(forum.id(), draftLike(forum, "Atelier corrigé", 2), "bm.staff")))
                .isEqualTo(RevisionOutcome.DONE);
        ForumView revised = bm(() -> forums.find(forum.id()));
        assertThat(revised.localizedTitle().in("fr")).isEqualTo("Atelier corrigé");
        assertThat(revised.capacity()).isEqualTo(2);
        assertThat(revised.agenda()).hasSize(2);
        assertThat(revised.registrations()).isEqualTo(2);

        ForumView held = fixtures.as("beni-mellal", () -> forums.schedule(DemoForums.beniMellalCitizenForum(), "test"));
        assertThat(bm(() -> forums.revise(held.id(), draftLike(held, "Réécrire l’histoire", null), "bm.staff")))
                .isEqualTo(RevisionOutcome.ALREADY_STARTED);
        assertThat(bm(() -> forums.cancel(held.id(), LocalizedText.of(null, "Trop tard", null, null), "bm.staff")))
                .isEqualTo(RevisionOutcome.ALREADY_STARTED);
    }

    @Test
    void theEditFormGivesBackWhatWasAnnouncedIncludingTheAgenda() {
        ForumView forum = fixtures.as("beni-mellal", () -> forums.schedule(DemoForums.beniMellalCitizenForum(), "test"));
        ForumScheduleForm form = ForumScheduleForm.of(forum);
        assertThat(form.isAgendaReadable()).isTrue();
        ForumDraft again = form.toDraft();
        assertThat(again.agenda()).hasSize(9);
        assertThat(again.agenda().getLast().endsAt()).isNull();
        assertThat(again.agenda().get(7).title().in("fr")).isEqualTo("Élection des représentants des quartiers");
        assertThat(again.title()).isEqualTo(forum.localizedTitle());
        assertThat(again.startsAt()).isEqualTo(forum.startsAt());
    }

    private ForumDraft draftLike(ForumView forum, String frenchTitle, Integer capacity) {
        return new ForumDraft(forum.kind(), LocalizedText.of(null, frenchTitle, null, null), forum.localizedSummary(),
                forum.localizedPlace(), null, forum.startsAt(), forum.endsAt(), capacity,
                List.of(new ForumDraft.Slot(forum.startsAt().toLocalTime(), forum.startsAt().toLocalTime().plusMinutes(30),
                                LocalizedText.of(null, "Accueil", null, null)),
                        new ForumDraft.Slot(forum.startsAt().toLocalTime().plusMinutes(30), null,
                                LocalizedText.of(null, "Ateliers", null, null))));
    }

    private <T> T bm(java.util.concurrent.Callable<T> work) {
        return fixtures.as("beni-mellal", work);
    }
}
