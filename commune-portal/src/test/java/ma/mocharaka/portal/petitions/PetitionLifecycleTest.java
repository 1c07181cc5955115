package ma.mocharaka.portal.petitions;

import static ma.mocharaka.portal.petitions.PetitionFixtures.citizens;
import static ma.mocharaka.portal.petitions.PetitionFixtures.randomCin;
import static ma.mocharaka.portal.petitions.PetitionFixtures.sheet;
import static ma.mocharaka.portal.petitions.PetitionFixtures.uniqueTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.residence.CinFingerprints;
import ma.mocharaka.portal.residence.ResidenceRefused;
import ma.mocharaka.portal.residence.ResidenceVerification;

/** Every step of a petition and every refusal, on the real commune schemas in PostgreSQL. */
@PortalTest
class PetitionLifecycleTest {

    private static final String STAFF = "bm.staff";
    @Autowired Petitions petitions;
    @Autowired ResidenceVerification residence;
    @Autowired CommuneRegistry registry;
    @Autowired AuditTrail audit;
    @Autowired CinFingerprints fingerprints;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdmissiblePetitionGoesFromDraftToTheCouncilsDecision() {
        // Dated eight months back so that the session it is put on has opened by today, whatever today is.
        LocalDate start = today().minusMonths(8);
        inBeniMellal(() -> {
            PetitionView draft = petitions.draft(citizens(uniqueTitle("Trottoirs")), STAFF, start);
            assertThat(draft.status()).isEqualTo(PetitionStatus.DRAFT);
            assertThat(draft.signatureThreshold()).isNull();

            PetitionView open = petitions.openForSignatures(draft.id(), STAFF, start);
            assertThat(open.status()).isEqualTo(PetitionStatus.COLLECTING);
            assertThat(open.signatureThreshold()).isEqualTo(200);

            assertThatThrownBy(() -> petitions.submit(draft.id(), STAFF, start))
                    .isInstanceOfSatisfying(PetitionRefused.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("petition.error.belowThreshold"));

            assertThat(petitions.enterPaperSheet(draft.id(), sheet(200), STAFF).added()).isEqualTo(200);
            PetitionView submitted = petitions.submit(draft.id(), STAFF, start);
            assertThat(submitted.status()).isEqualTo(PetitionStatus.SUBMITTED);
            assertThat(submitted.receiptNumber()).isEqualTo("BENI-MELLAL-P-%d-%04d".formatted(start.getYear(), draft.id()));
            assertThat(submitted.answerDueOn()).isEqualTo(start.plusMonths(3));

            assertThatThrownBy(() -> petitions.enterPaperSheet(draft.id(), sheet(1), STAFF))
                    .hasMessage("petition.error.notCollecting");
            assertThatThrownBy(() -> petitions.declareAdmissible(draft.id(), " ", STAFF, start))
                    .hasMessage("petition.error.committee");
            LocalDate admittedOn = start.plusDays(1);
            PetitionView admitted = petitions.declareAdmissible(draft.id(), "Commission de l’urbanisme", STAFF, admittedOn);
            assertThat(admitted.status()).isEqualTo(PetitionStatus.ON_AGENDA);
            assertThat(admitted.session()).isEqualTo(PetitionClock.nextOrdinarySession(admittedOn));
            assertThat(admitted.committee()).isEqualTo("Commission de l’urbanisme");

            assertThatThrownBy(() -> petitions.reject(draft.id(), "trop tard", STAFF, today()))
                    .hasMessage("petition.error.wrongStatus");
            LocalDate sessionOpens = admitted.session().atDay(1);
            assertThatThrownBy(() -> petitions.decide(draft.id(), true, null, STAFF, sessionOpens.minusDays(1)))
                    .hasMessage("petition.error.beforeSession");
            PetitionView decided = petitions.decide(draft.id(), true, "Approuvée à l’unanimité", STAFF, sessionOpens);
            assertThat(decided.status()).isEqualTo(PetitionStatus.ACCEPTED);
            assertThat(decided.history()).extracting(PetitionView.Step::status).containsExactly(
                    PetitionStatus.DRAFT, PetitionStatus.COLLECTING, PetitionStatus.SUBMITTED,
                    PetitionStatus.ON_AGENDA, PetitionStatus.ACCEPTED);
            assertThatThrownBy(() -> petitions.decide(draft.id(), false, null, STAFF, today()))
                    .hasMessage("petition.error.wrongStatus");
            assertThat(audit.recent("beni-mellal", 50)).extracting(AuditTrail.AuditEvent::action)
                    .contains("petition.submit", "petition.admit", "petition.decide", "petition.paper");
        });
    }

    @Test
    void anInadmissiblePetitionNeedsReasonsAndEndsThere() {
        inBeniMellal(() -> {
            long id = submittedPetition(LocalDate.of(2024, 1, 10));
            assertThatThrownBy(() -> petitions.reject(id, "  ", STAFF, today())).hasMessage("petition.error.reason");
            PetitionView rejected = petitions.reject(id, "Hors des compétences de la commune", STAFF, today());
            assertThat(rejected.status()).isEqualTo(PetitionStatus.REJECTED);
            assertThat(rejected.decisionReason()).isEqualTo("Hors des compétences de la commune");
            assertThat(rejected.overdue()).isFalse();
            assertThatThrownBy(() -> petitions.declareAdmissible(id, "Commission", STAFF, today()))
                    .hasMessage("petition.error.wrongStatus");
            assertThatThrownBy(() -> petitions.decide(id, true, null, STAFF, today()))
                    .hasMessage("petition.error.wrongStatus");
        });
    }

    @Test
    void stepsOutOfOrderOrWronglyDatedAreRefused() {
        inBeniMellal(() -> {
            long id = petitions.draft(citizens(uniqueTitle("Ordre")), STAFF, today()).id();
            assertThatThrownBy(() -> petitions.submit(id, STAFF, today())).hasMessage("petition.error.wrongStatus");
            assertThatThrownBy(() -> petitions.declareAdmissible(id, "C", STAFF, today())).hasMessage("petition.error.wrongStatus");
            assertThatThrownBy(() -> petitions.signOnline(id, "bm.citizen")).hasMessage("petition.error.notCollecting");
            assertThatThrownBy(() -> petitions.openForSignatures(id, STAFF, today().plusDays(1))).hasMessage("petition.error.date");
            assertThatThrownBy(() -> petitions.openForSignatures(id, STAFF, today().minusDays(1)))
                    .hasMessage("petition.error.dateBeforeLastStep");
            petitions.openForSignatures(id, STAFF, today());
            assertThatThrownBy(() -> petitions.openForSignatures(id, STAFF, today())).hasMessage("petition.error.wrongStatus");
            assertThat(petitions.find(id).history()).hasSize(2);
        });
    }

    @Test
    void associationsMustMeetTheConditionsOfTheLaw() {
        inBeniMellal(() -> {
            assertThatThrownBy(() -> petitions.draft(PetitionFixtures.association("Jeune", today().minusYears(2), true), STAFF, today()))
                    .hasMessage("petition.error.associationAge");
            assertThatThrownBy(() -> petitions.draft(PetitionFixtures.association("Pile", today().minusYears(3), true), STAFF, today()))
                    .hasMessage("petition.error.associationAge");
            assertThatThrownBy(() -> petitions.draft(PetitionFixtures.association("Irrégulière", today().minusYears(10), false), STAFF, today()))
                    .hasMessage("petition.error.associationConditions");
            PetitionView ok = petitions.draft(PetitionFixtures.association(uniqueTitle("Atlas"), today().minusYears(3).minusDays(1), true), STAFF, today());
            assertThat(ok.kind()).isEqualTo(PetitionKind.ASSOCIATION);
            assertThat(ok.associationName()).isEqualTo("Association Atlas");
        });
    }

    @Test
    void thresholdsComeFromPopulationAndCanBeSetPerCommuneWithoutMovingRunningPetitions() {
        assertThat(in("demnat", () -> petitions.threshold())).isEqualTo(new SignatureThreshold(100, 100, false));
        assertThat(in("azilal", () -> petitions.threshold())).isEqualTo(new SignatureThreshold(200, 200, false));
        inBeniMellal(() -> {
            assertThat(petitions.threshold()).isEqualTo(new SignatureThreshold(200, 200, false));
            long running = petitions.openForSignatures(petitions.draft(citizens(uniqueTitle("Seuil")), STAFF, today()).id(), STAFF, today()).id();
            try {
                assertThatThrownBy(() -> petitions.setThreshold(0, "bm.admin")).hasMessage("petition.error.threshold");
                assertThat(petitions.setThreshold(3, "bm.admin")).isEqualTo(new SignatureThreshold(3, 200, true));
                assertThat(in("demnat", () -> petitions.threshold().value())).isEqualTo(100);
                long later = petitions.openForSignatures(petitions.draft(citizens(uniqueTitle("Seuil bas")), STAFF, today()).id(), STAFF, today()).id();
                assertThat(petitions.find(later).signatureThreshold()).isEqualTo(3);
                assertThat(petitions.find(running).signatureThreshold()).isEqualTo(200);
                petitions.enterPaperSheet(later, sheet(3), STAFF);
                assertThat(petitions.submit(later, STAFF, today()).status()).isEqualTo(PetitionStatus.SUBMITTED);
            } finally {
                assertThat(petitions.setThreshold(null, "bm.admin")).isEqualTo(new SignatureThreshold(200, 200, false));
            }
        });
    }

    @Test
    void unansweredPetitionsAreFlaggedOverdueAfterThreeMonths() {
        inBeniMellal(() -> {
            long late = submittedPetition(LocalDate.of(2023, 1, 10));
            long recent = submittedPetition(today());
            assertThat(petitions.find(late).overdue()).isTrue();
            assertThat(petitions.find(late).answerDueOn()).isEqualTo(LocalDate.of(2023, 4, 10));
            assertThat(petitions.find(recent).overdue()).isFalse();
            assertThat(petitions.overdue()).extracting(PetitionView::id).contains(late).doesNotContain(recent);

            // Admitted long ago for a session that has passed without a decision: overdue too.
            petitions.declareAdmissible(late, "Commission", STAFF, LocalDate.of(2023, 3, 1));
            assertThat(petitions.find(late).session()).isEqualTo(YearMonth.of(2023, 5));
            assertThat(petitions.find(late).overdue()).isTrue();
            petitions.decide(late, false, null, STAFF, today());
            assertThat(petitions.find(late).overdue()).isFalse();
            assertThat(petitions.find(late).status()).isEqualTo(PetitionStatus.DECLINED);
        });
    }

    @Test
    void oneCitizenSigningAHundredTimesAtOnceLeavesOneSignature() throws Exception {
        Commune beniMellal = commune("beni-mellal");
        String username = "load-" + UUID.randomUUID();
        long id = CurrentCommune.callAs(beniMellal, () -> {
            residence.verifyAtOffice(randomCin(), "Citoyen pressé", username, STAFF);
            return petitions.openForSignatures(petitions.draft(citizens(uniqueTitle("Concurrence")), STAFF, today()).id(), STAFF, today()).id();
        });
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Petitions.SignOutcome>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return CurrentCommune.callAs(beniMellal, () -> petitions.signOnline(id, username));
                }));
            }
            start.countDown();
            List<Petitions.SignOutcome> results = new ArrayList<>();
            for (Future<Petitions.SignOutcome> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn(o -> o == Petitions.SignOutcome.SIGNED).hasSize(1);
            assertThat(results).filteredOn(o -> o == Petitions.SignOutcome.ALREADY_SIGNED).hasSize(99);
        } finally {
            pool.shutdownNow();
        }
        assertThat(CurrentCommune.callAs(beniMellal, () -> petitions.find(id).signatures())).isEqualTo(1);
    }

    @Test
    void paperAndOnlineSignaturesOfOnePersonCountOnce() {
        inBeniMellal(() -> {
            String cin = randomCin();
            String username = "paper-" + UUID.randomUUID();
            residence.verifyAtOffice(cin, "Amina", username, STAFF);
            long id = petitions.openForSignatures(petitions.draft(citizens(uniqueTitle("Papier")), STAFF, today()).id(), STAFF, today()).id();
            assertThat(petitions.signOnline(id, username)).isEqualTo(Petitions.SignOutcome.SIGNED);

            // The same card typed again on paper, in lower case with a space, and twice on the same sheet.
            String other = randomCin();
            Petitions.PaperSheetResult result = petitions.enterPaperSheet(id,
                    cin.toLowerCase().charAt(0) + " " + cin.substring(1) + "\n" + other + "\n\n" + other, STAFF);
            assertThat(result.added()).isEqualTo(1);
            assertThat(result.duplicates()).containsExactly("***" + cin.substring(cin.length() - 3), "***" + other.substring(other.length() - 3));
            assertThat(petitions.find(id).signatures()).isEqualTo(2);

            // An unreadable line sends the whole sheet back and counts nothing.
            assertThatThrownBy(() -> petitions.enterPaperSheet(id, randomCin() + "\n12-AB", STAFF))
                    .isInstanceOfSatisfying(PetitionRefused.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("petition.error.paperLines");
                        assertThat(refused.arguments()).containsExactly("12-AB");
                    });
            assertThat(petitions.find(id).signatures()).isEqualTo(2);
            // Online again after paper: still one.
            assertThat(petitions.signOnline(id, username)).isEqualTo(Petitions.SignOutcome.ALREADY_SIGNED);
            assertThatThrownBy(() -> petitions.signOnline(id, "never-verified-" + UUID.randomUUID()))
                    .hasMessage("petition.error.notVerified");
        });
    }

    @Test
    void theCinIsNeverStoredInClearAndHashesDifferBetweenCommunes() {
        String cin = randomCin();
        String username = "privacy-" + UUID.randomUUID();
        inBeniMellal(() -> {
            residence.verifyAtOffice(cin, "Rachid", username, STAFF);
            long id = petitions.openForSignatures(petitions.draft(citizens(uniqueTitle("Vie privée")), STAFF, today()).id(), STAFF, today()).id();
            petitions.signOnline(id, username);
        });
        String schema = commune("beni-mellal").schemaName();
        String stored = jdbc.sql("SELECT string_agg(r::text, '|') FROM " + schema + ".verified_resident r WHERE username = :u")
                .param("u", username).query(String.class).single();
        assertThat(stored).doesNotContain(cin).contains(cin.substring(cin.length() - 3));
        assertThat(jdbc.sql("SELECT count(*) FROM " + schema + ".petition_signature s WHERE s::text LIKE :cin")
                .param("cin", "%" + cin + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE after_state LIKE :cin OR before_state LIKE :cin")
                .param("cin", "%" + cin + "%").query(Long.class).single()).isZero();
        assertThat(fingerprints.of(commune("beni-mellal"), cin).hash())
                .isNotEqualTo(fingerprints.of(commune("demnat"), cin).hash())
                .hasSize(64);
    }

    @Test
    void oneCardIsOneAccount() {
        inBeniMellal(() -> {
            String cin = randomCin();
            String first = "first-" + UUID.randomUUID();
            residence.verifyAtOffice(cin, "Hassan", first, STAFF);
            assertThatThrownBy(() -> residence.verifyAtOffice(cin, "Hassan", "second-" + UUID.randomUUID(), STAFF))
                    .isInstanceOfSatisfying(ResidenceRefused.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("petition.error.cinHasOtherAccount"));
            assertThatThrownBy(() -> residence.verifyAtOffice(randomCin(), "Hassan", first, STAFF))
                    .isInstanceOfSatisfying(ResidenceRefused.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("petition.error.accountHasOtherCin"));
            assertThatThrownBy(() -> residence.verifyAtOffice("123", "Hassan", null, STAFF))
                    .isInstanceOfSatisfying(ResidenceRefused.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("petition.error.cin"));
            // The same person again is not an error: staff may correct a name.
            assertThat(residence.verifyAtOffice(cin, "Hassan B.", first, STAFF).fullName()).isEqualTo("Hassan B.");
        });
    }

    private long submittedPetition(LocalDate on) {
        int threshold = petitions.threshold().value();
        long id = petitions.draft(citizens(uniqueTitle("Dépôt")), STAFF, on).id();
        petitions.openForSignatures(id, STAFF, on);
        petitions.enterPaperSheet(id, sheet(threshold), STAFF);
        petitions.submit(id, STAFF, on);
        return id;
    }

    private void inBeniMellal(Runnable work) {
        CurrentCommune.runAs(commune("beni-mellal"), work);
    }

    private <T> T in(String slug, Callable<T> work) {
        return CurrentCommune.callAs(commune(slug), work);
    }

    private Commune commune(String slug) {
        return registry.findBySlug(slug).orElseThrow();
    }

    /** Today as the product sees it, so the test and the service cannot disagree about the date. */
    private LocalDate today() {
        return petitions.today();
    }
}
