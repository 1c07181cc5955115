package ma.mocharaka.portal.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.consultations.ConsultationDraft;
import ma.mocharaka.portal.consultations.ContributionKind;
import ma.mocharaka.portal.consultations.ContributionOutcome;
import ma.mocharaka.portal.consultations.Consultations;
import ma.mocharaka.portal.consultations.DocumentKind;
import ma.mocharaka.portal.delegates.BallotOutcome;
import ma.mocharaka.portal.delegates.DelegateElections;
import ma.mocharaka.portal.delegates.ElectionDraft;
import ma.mocharaka.portal.forums.ForumView;
import ma.mocharaka.portal.forums.Forums;
import ma.mocharaka.portal.forums.TestForums;
import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;
import ma.mocharaka.portal.inclusion.InclusionAnswers;
import ma.mocharaka.portal.petitions.PetitionFixtures;
import ma.mocharaka.portal.petitions.Petitions;
import ma.mocharaka.portal.profiles.CitizenProfiles;
import ma.mocharaka.portal.profiles.ProfileForm;
import ma.mocharaka.portal.residence.ResidenceVerification;

/**
 * Two citizens who took part in everything in one commune through the real services: profile, verified residence,
 * a petition signature, a forum registration and check-in, a delegate ballot, a contribution and a support of the
 * other's proposal, plus a registration for a forum still to come. Built by hand so every portal test keeps sharing
 * one application context.
 */
record Footprints(CitizenProfiles profiles, ResidenceVerification residence, Petitions petitions, Forums forums,
                  DelegateElections elections, Consultations consultations, CommuneRegistry registry, JdbcClient jdbc) {

    /** What one run created: ids to count rows by afterwards. */
    record Scene(String commune, String first, String second, long petition, long forum, long laterForum,
                 long election, long consultation, String firstText, String secondText) {
    }

    static String account(String what) {
        return "privacy-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Scene twoCitizensTakingPart(String communeSlug, String first, String second) {
        Commune commune = registry.findBySlug(communeSlug).orElseThrow();
        // Texts typed by staff or citizens carry a tag of their own, not the account: a text that names its author
        // is the author's choice, and would make "the account is nowhere" untestable.
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = petitions.today();
        return CurrentCommune.callAs(commune, () -> {
            long petition = petitions.openForSignatures(petitions.draft(
                    PetitionFixtures.citizens(PetitionFixtures.uniqueTitle("Vie privée")), "bm.staff", today).id(),
                    "bm.staff", today).id();
            ForumView forum = TestForums.upcoming(forums, registry, communeSlug);
            ForumView laterForum = TestForums.upcoming(forums, registry, communeSlug);
            long consultation = consultations.publish(new ConsultationDraft(DocumentKind.CHARTER,
                    LocalizedText.of("ميثاق", "Charte " + tag, null, null), LocalizedText.of("استشارة", "Consultation", null, null),
                    today, today.plusDays(10), List.of(new ConsultationDraft.Section(
                            LocalizedText.of("الديباجة", "Préambule", null, null), LocalizedText.of("نص", "Texte", null, null)))),
                    "bm.staff");
            long section = consultations.find(consultation, null).sections().getFirst().id();
            String firstText = "Première proposition " + tag;
            String secondText = "Seconde proposition " + tag;
            for (String citizen : List.of(first, second)) {
                profiles.save(citizen, new ProfileForm(commune.nameFr(), "Quartier de " + citizen, true, Gender.WOMAN,
                        AgeBand.FROM_18_TO_35, false));
                residence.verifyAtOffice(PetitionFixtures.randomCin(), "Nom de " + citizen, citizen, "bm.staff");
                expect(petitions.signOnline(petition, citizen) == Petitions.SignOutcome.SIGNED, "signed");
                forums.register(forum.id(), citizen);
                long number = forums.doorList(forum.id()).stream().filter(row -> row.participant().equals(citizen))
                        .findFirst().orElseThrow().number();
                forums.checkIn(forum.id(), Optional.of(number),
                        InclusionAnswers.given(Gender.WOMAN, AgeBand.FROM_18_TO_35, false), "bm.staff");
                expect(consultations.contribute(consultation, section, ContributionKind.PROPOSAL,
                        citizen.equals(first) ? firstText : secondText, citizen) == ContributionOutcome.SUBMITTED,
                        "contributed");
            }
            forums.register(laterForum.id(), first);
            long election = elections.prepare(forum.id(), new ElectionDraft("حي", "Quartier " + tag, null, null, 1,
                    "Amina\nRachid"), "bm.staff");
            elections.open(forum.id(), election, "bm.staff");
            long candidate = elections.atForum(forum.id(), null).getFirst().candidates().getFirst().id();
            for (String citizen : List.of(first, second)) {
                expect(elections.vote(forum.id(), election, candidate, citizen) == BallotOutcome.CAST, "voted");
            }
            String schema = commune.schemaName();
            long firstContribution = contributionOf(schema, first);
            long secondContribution = contributionOf(schema, second);
            expect(consultations.support(consultation, secondContribution, first) == ContributionOutcome.SUPPORTED, "supported");
            expect(consultations.support(consultation, firstContribution, second) == ContributionOutcome.SUPPORTED, "supported");
            return new Scene(communeSlug, first, second, petition, forum.id(), laterForum.id(), election, consultation,
                    firstText, secondText);
        });
    }

    private long contributionOf(String schema, String author) {
        return jdbc.sql("SELECT id FROM " + schema + ".consultation_contribution WHERE author = ?")
                .params(author).query(Long.class).single();
    }

    <T> T in(String communeSlug, Callable<T> work) {
        return CurrentCommune.callAs(registry.findBySlug(communeSlug).orElseThrow(), work);
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("test set-up failed: not " + what);
        }
    }
}
