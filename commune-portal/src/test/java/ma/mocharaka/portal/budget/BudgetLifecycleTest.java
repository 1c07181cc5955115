package ma.mocharaka.portal.budget;

import static ma.mocharaka.portal.budget.BudgetFixtures.STAFF;
import static ma.mocharaka.portal.budget.BudgetFixtures.randomCin;
import static ma.mocharaka.portal.budget.BudgetFixtures.uniqueTitle;
import static ma.mocharaka.portal.budget.BudgetFixtures.votingCycle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;
import ma.mocharaka.portal.profiles.CitizenProfiles;
import ma.mocharaka.portal.profiles.ProfileForm;
import ma.mocharaka.portal.residence.ResidenceVerification;

/** Every phase window, both voting rules, eligibility, one ballot per person and the results, on real PostgreSQL. */
@PortalTest
class BudgetLifecycleTest {

    @Autowired ParticipatoryBudget budget;
    @Autowired ResidenceVerification residence;
    @Autowired CommuneRegistry registry;
    @Autowired AuditTrail audit;
    @Autowired CitizenProfiles profiles;
    @Autowired BudgetPersonalData personalData;
    @Autowired JdbcClient jdbc;
    @Autowired BudgetBallots ballots;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void proposalsReviewAndVoteEachHappenOnlyInTheirWindow() {
        inBeniMellal(() -> {
            LocalDate today = budget.today();
            String title = uniqueTitle("Fenêtres");
            long id = budget.createCycle(BudgetFixtures.form(title, VotingRule.KNAPSACK, 1_000_000, null, null,
                    BudgetFixtures.proposalsOpen(today)), STAFF).id();
            assertThat(budget.cycle(id).phase()).isEqualTo(BudgetPhase.PROPOSALS);
            long online = budget.propose(id, "Éclairage du parc", "Des lampadaires solaires.", "Atlas", "citizen-" + id).id();
            long forum = budget.enterFromForum(id, "Terrain de proximité", "Issu de l’atelier 2 du forum.", null, STAFF).id();
            assertThat(budget.projects(id)).extracting(BudgetViews.Project::source)
                    .containsExactly(ProjectSource.ONLINE, ProjectSource.FORUM);
            assertThatThrownBy(() -> budget.propose(id, " ", "x", null, "c")).hasMessage("budget.error.proposalTitle");
            String voter = verifiedAccount(adultsBirthYear());
            assertThatThrownBy(() -> budget.castOnline(id, voter, List.of(online))).hasMessage("budget.error.voteNotOpen");

            budget.updateCycle(id, BudgetFixtures.form(title, VotingRule.KNAPSACK, 1_000_000, null, null,
                    BudgetFixtures.inReview(today)), STAFF);
            assertThat(budget.cycle(id).phase()).isEqualTo(BudgetPhase.REVIEW);
            assertThatThrownBy(() -> budget.propose(id, "Tard", "Trop tard", null, "c")).hasMessage("budget.error.notProposals");
            assertThatThrownBy(() -> budget.enterFromForum(id, "Tard", "Trop tard", null, STAFF)).hasMessage("budget.error.notProposals");
            assertThatThrownBy(() -> budget.review(id, online, true, null, null, STAFF)).hasMessage("budget.error.cost");
            assertThatThrownBy(() -> budget.review(id, online, true, 2_000_000L, null, STAFF))
                    .hasMessage("budget.error.costAboveBudget");
            assertThatThrownBy(() -> budget.review(id, forum, false, null, " ", STAFF)).hasMessage("budget.error.reason");
            budget.review(id, online, true, 300_000L, null, STAFF);
            BudgetViews.Project rejected = budget.review(id, forum, false, null, "Terrain privé, hors compétence", STAFF);
            assertThat(rejected.status()).isEqualTo(ProjectStatus.REJECTED);
            assertThat(rejected.reviewReason()).isEqualTo("Terrain privé, hors compétence");

            budget.updateCycle(id, BudgetFixtures.form(title, VotingRule.KNAPSACK, 1_000_000, null, null,
                    BudgetFixtures.voting(today)), STAFF);
            assertThat(budget.cycle(id).voteOpen()).isTrue();
            assertThatThrownBy(() -> budget.review(id, forum, true, 1L, null, STAFF)).hasMessage("budget.error.notReview");
            assertThatThrownBy(() -> budget.castOnline(id, voter, List.of(forum))).hasMessage("budget.error.notOnBallot");
            assertThatThrownBy(() -> budget.tally(id)).hasMessage("budget.error.voteNotClosed");
            assertThatThrownBy(() -> budget.publishResults(id, STAFF)).hasMessage("budget.error.voteNotClosed");
            assertThat(budget.castOnline(id, voter, List.of(online))).isEqualTo(ParticipatoryBudget.CastOutcome.CAST);
            // The envelope cannot move under ballots already cast; the dates still can.
            assertThatThrownBy(() -> budget.updateCycle(id, BudgetFixtures.form(title, VotingRule.KNAPSACK, 900_000, null,
                    null, BudgetFixtures.voting(today)), STAFF)).hasMessage("budget.error.ballotsCast");

            BudgetFixtures.closeVote(budget, id);
            assertThat(budget.cycle(id).phase()).isEqualTo(BudgetPhase.RESULTS);
            assertThatThrownBy(() -> budget.castOnline(id, voter, List.of(online))).hasMessage("budget.error.voteClosed");
            assertThat(budget.publishResults(id, STAFF).lines()).hasSize(1);
            assertThatThrownBy(() -> budget.publishResults(id, STAFF)).hasMessage("budget.error.published");
            assertThatThrownBy(() -> budget.updateCycle(id, BudgetFixtures.form(title, VotingRule.KNAPSACK, 1_000_000,
                    null, null, BudgetFixtures.voting(today)), STAFF)).hasMessage("budget.error.published");
            assertThat(audit.recent("beni-mellal", 100)).extracting(AuditTrail.AuditEvent::action)
                    .contains("budget.cycle.create", "budget.cycle.update", "budget.review", "budget.results.publish",
                            "budget.proposal.forum");
        });
    }

    @Test
    void knapsackBallotsMustFitTheBudgetAndApprovalBallotsTheNumberOfChoices() {
        inBeniMellal(() -> {
            BudgetFixtures.Voting knapsack = votingCycle(budget, uniqueTitle("Sac"), VotingRule.KNAPSACK, 1_000_000,
                    null, null, 600_000, 500_000, 300_000);
            String voter = verifiedAccount(adultsBirthYear());
            List<Long> p = knapsack.projects();
            assertThatThrownBy(() -> budget.castOnline(knapsack.cycleId(), voter, List.of(p.get(0), p.get(1))))
                    .isInstanceOfSatisfying(BudgetRefused.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("budget.error.overBudget");
                        assertThat(refused.arguments()).containsExactly("1 100 000", "1 000 000", "100 000");
                    });
            assertThatThrownBy(() -> budget.castOnline(knapsack.cycleId(), voter, List.of())).hasMessage("budget.error.emptyBallot");
            assertThatThrownBy(() -> budget.castOnline(knapsack.cycleId(), voter, List.of(p.get(2), p.get(2))))
                    .hasMessage("budget.error.duplicateChoice");
            assertThat(budget.castOnline(knapsack.cycleId(), voter, List.of(p.get(1), p.get(2))))
                    .isEqualTo(ParticipatoryBudget.CastOutcome.CAST);
            BudgetViews.Ballot ballot = budget.ballotOf(knapsack.cycleId(), voter).orElseThrow();
            assertThat(ballot.totalMad()).isEqualTo(800_000);
            assertThat(ballot.remainingMad()).isEqualTo(200_000);

            BudgetFixtures.Voting approval = votingCycle(budget, uniqueTitle("Approbation"), VotingRule.APPROVAL,
                    1_000_000, 2, null, 600_000, 500_000, 300_000);
            List<Long> q = approval.projects();
            assertThatThrownBy(() -> budget.castOnline(approval.cycleId(), voter, q))
                    .isInstanceOfSatisfying(BudgetRefused.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("budget.error.tooMany");
                        assertThat(refused.arguments()).containsExactly("2", "3");
                    });
            // Under approval the costs may add up to more than the envelope: only the number of choices counts.
            assertThat(budget.castOnline(approval.cycleId(), voter, List.of(q.get(0), q.get(1))))
                    .isEqualTo(ParticipatoryBudget.CastOutcome.CAST);
        });
    }

    @Test
    void onlyVerifiedResidentsOfTheMinimumAgeVote() {
        inBeniMellal(() -> {
            BudgetFixtures.Voting cycle = votingCycle(budget, uniqueTitle("Âge"), VotingRule.KNAPSACK, 500_000, null, 18,
                    100_000);
            List<Long> one = cycle.projects();
            String unverified = "nobody-" + UUID.randomUUID();
            assertThatThrownBy(() -> budget.castOnline(cycle.cycleId(), unverified, one)).hasMessage("budget.error.notVerified");
            String ageUnknown = verifiedAccount(null);
            assertThatThrownBy(() -> budget.castOnline(cycle.cycleId(), ageUnknown, one)).hasMessage("budget.error.ageUnknown");
            assertThat(budget.whyNotEligible(cycle.cycleId(), ageUnknown)).contains("budget.error.ageUnknown");
            String seventeen = verifiedAccount(budget.today().getYear() - 17);
            assertThatThrownBy(() -> budget.castOnline(cycle.cycleId(), seventeen, one)).hasMessage("budget.error.tooYoung");
            String eighteen = verifiedAccount(budget.today().getYear() - 18);
            assertThat(budget.whyNotEligible(cycle.cycleId(), eighteen)).isEmpty();
            assertThat(budget.castOnline(cycle.cycleId(), eighteen, one)).isEqualTo(ParticipatoryBudget.CastOutcome.CAST);
            // Staff record the year later at the office: the same person may now vote.
            String cin = randomCin();
            String later = "later-" + UUID.randomUUID();
            residence.verifyAtOffice(cin, "Plus tard", later, STAFF);
            assertThatThrownBy(() -> budget.castOnline(cycle.cycleId(), later, one)).hasMessage("budget.error.ageUnknown");
            residence.verifyAtOffice(cin, "Plus tard", later, adultsBirthYear(), STAFF);
            assertThat(budget.castOnline(cycle.cycleId(), later, one)).isEqualTo(ParticipatoryBudget.CastOutcome.CAST);
            // Paper ballots follow the same rules: the card must be verified and old enough.
            assertThatThrownBy(() -> budget.castPaper(cycle.cycleId(), randomCin(), one, STAFF))
                    .hasMessage("budget.error.paperNotVerified");
            assertThatThrownBy(() -> budget.castPaper(cycle.cycleId(), "not a cin", one, STAFF)).hasMessage("budget.error.cin");
        });
    }

    @Test
    void aHundredSimultaneousBallotsOfOneCitizenLeaveExactlyOne() throws Exception {
        Commune beniMellal = beniMellal();
        BudgetFixtures.Voting cycle = CurrentCommune.callAs(beniMellal, () -> votingCycle(budget, uniqueTitle("Course"),
                VotingRule.KNAPSACK, 1_000_000, null, null, 400_000, 300_000, 200_000));
        String voter = CurrentCommune.callAs(beniMellal, () -> verifiedAccount(adultsBirthYear()));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ParticipatoryBudget.CastOutcome>> results = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            List<Long> choice = List.of(cycle.projects().get(i % 3));
            Callable<ParticipatoryBudget.CastOutcome> cast = () -> {
                start.await();
                return CurrentCommune.callAs(beniMellal, () -> budget.castOnline(cycle.cycleId(), voter, choice));
            };
            results.add(pool.submit(cast));
        }
        start.countDown();
        int cast = 0;
        int changed = 0;
        for (Future<ParticipatoryBudget.CastOutcome> result : results) {
            if (result.get() == ParticipatoryBudget.CastOutcome.CAST) {
                cast++;
            } else {
                changed++;
            }
        }
        pool.shutdown();
        assertThat(cast).isEqualTo(1);
        assertThat(changed).isEqualTo(99);
        String schema = beniMellal.schemaName();
        assertThat(jdbc.sql("SELECT count(*) FROM " + schema + ".budget_ballot WHERE cycle_id = :c")
                .param("c", cycle.cycleId()).query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT changes FROM " + schema + ".budget_ballot WHERE cycle_id = :c")
                .param("c", cycle.cycleId()).query(Integer.class).single()).isEqualTo(99);
    }

    @Test
    void aBatchOfBallotsIsCheckedRowByRowAndWritesOnlyTheBallotsThatFit() {
        inBeniMellal(() -> {
            BudgetFixtures.Voting cycle = votingCycle(budget, uniqueTitle("Lot"), VotingRule.KNAPSACK, 1_000_000,
                    null, 18, 400_000, 300_000, 200_000);
            long a = cycle.projects().get(0);
            long b = cycle.projects().get(1);
            // An account name no form would allow, to show that no name can end its element of the batch's arrays.
            String oddName = "quote\"back\\slash,comma{brace} " + UUID.randomUUID();
            residence.verifyAtOffice(randomCin(), "Nom étrange", oddName, adultsBirthYear(), STAFF);
            String adult = verifiedAccount(adultsBirthYear());
            String young = verifiedAccount(budget.today().getYear() - 16);
            String wrongTotal = verifiedAccount(adultsBirthYear());
            String notVerified = "nobody-" + UUID.randomUUID();
            Map<String, Integer> written = ballots.castOnlineAsVerifiedAccounts(cycle.cycleId(), List.of(
                    new BallotBatches.Ballot(oddName, List.of(a, b), 700_000),
                    new BallotBatches.Ballot(adult, List.of(b), 300_000),
                    new BallotBatches.Ballot(young, List.of(a), 400_000),
                    new BallotBatches.Ballot(wrongTotal, List.of(a), 1),
                    new BallotBatches.Ballot(notVerified, List.of(a), 400_000)), budget.today());
            assertThat(written).containsExactlyInAnyOrderEntriesOf(Map.of(oddName, 0, adult, 0));
            assertThat(budget.ballotOf(cycle.cycleId(), oddName).orElseThrow().projects()).containsExactly(a, b);
            assertThat(budget.ballotOf(cycle.cycleId(), adult).orElseThrow().totalMad()).isEqualTo(300_000);
            assertThat(budget.ballotOf(cycle.cycleId(), young)).isEmpty();
            assertThat(budget.ballotOf(cycle.cycleId(), wrongTotal)).isEmpty();
            // Through the service, each refused ballot then gets its own reason.
            assertThatThrownBy(() -> budget.castOnline(cycle.cycleId(), young, List.of(a))).hasMessage("budget.error.tooYoung");
            assertThatThrownBy(() -> budget.castOnline(cycle.cycleId(), notVerified, List.of(a)))
                    .hasMessage("budget.error.notVerified");
            assertThat(ballots.castOnlineAsVerifiedAccounts(cycle.cycleId(), List.of(
                    new BallotBatches.Ballot(adult, List.of(a), 400_000)), budget.today())).containsEntry(adult, 1);
        });
    }

    @Test
    void aBallotCastInsideACallersTransactionIsWrittenAloneAndGoesWithThatTransaction() {
        inBeniMellal(() -> {
            BudgetFixtures.Voting cycle = votingCycle(budget, uniqueTitle("Transaction"), VotingRule.KNAPSACK,
                    1_000_000, null, null, 400_000);
            String voter = verifiedAccount(adultsBirthYear());
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                assertThat(budget.castOnline(cycle.cycleId(), voter, cycle.projects()))
                        .isEqualTo(ParticipatoryBudget.CastOutcome.CAST);
                status.setRollbackOnly();
            });
            assertThat(budget.ballotOf(cycle.cycleId(), voter)).isEmpty();
            assertThat(budget.castOnline(cycle.cycleId(), voter, cycle.projects())).isEqualTo(ParticipatoryBudget.CastOutcome.CAST);
        });
    }

    @Test
    void manyCitizensVotingAtOnceEachGetTheirOwnAnswer() throws Exception {
        Commune beniMellal = beniMellal();
        BudgetFixtures.Voting cycle = CurrentCommune.callAs(beniMellal, () -> votingCycle(budget, uniqueTitle("Affluence"),
                VotingRule.KNAPSACK, 1_000_000, null, null, 400_000, 300_000, 200_000));
        List<String> voters = CurrentCommune.callAs(beniMellal, () -> {
            List<String> accounts = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                accounts.add(verifiedAccount(adultsBirthYear()));
            }
            return accounts;
        });
        String notVerified = "nobody-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Future<ParticipatoryBudget.CastOutcome>> results = new java.util.LinkedHashMap<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<String> everyone = new ArrayList<>(voters);
            everyone.add(30, notVerified);
            for (String voter : everyone) {
                List<Long> choice = List.of(cycle.projects().get(Math.floorMod(voter.hashCode(), 3)));
                results.put(voter, threads.submit(() -> {
                    start.await();
                    return CurrentCommune.callAs(beniMellal, () -> budget.castOnline(cycle.cycleId(), voter, choice));
                }));
            }
            start.countDown();
            for (String voter : voters) {
                assertThat(results.get(voter).get()).isEqualTo(ParticipatoryBudget.CastOutcome.CAST);
            }
            assertThatThrownBy(() -> results.get(notVerified).get()).hasRootCauseMessage("budget.error.notVerified");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM " + beniMellal.schemaName() + ".budget_ballot WHERE cycle_id = :c")
                .param("c", cycle.cycleId()).query(Long.class).single()).isEqualTo(60L);
    }

    @Test
    void aBallotCanBeChangedUntilTheVoteClosesThenItIsFinal() {
        inBeniMellal(() -> {
            BudgetFixtures.Voting cycle = votingCycle(budget, uniqueTitle("Changer"), VotingRule.KNAPSACK, 1_000_000,
                    null, null, 400_000, 300_000);
            String voter = verifiedAccount(adultsBirthYear());
            long a = cycle.projects().get(0);
            long b = cycle.projects().get(1);
            assertThat(budget.castOnline(cycle.cycleId(), voter, List.of(a))).isEqualTo(ParticipatoryBudget.CastOutcome.CAST);
            assertThat(budget.castOnline(cycle.cycleId(), voter, List.of(b))).isEqualTo(ParticipatoryBudget.CastOutcome.CHANGED);
            BudgetViews.Ballot changed = budget.ballotOf(cycle.cycleId(), voter).orElseThrow();
            assertThat(changed.projects()).containsExactly(b);
            assertThat(changed.changeable()).isTrue();

            BudgetFixtures.closeVote(budget, cycle.cycleId());
            assertThatThrownBy(() -> budget.castOnline(cycle.cycleId(), voter, List.of(a))).hasMessage("budget.error.voteClosed");
            BudgetViews.Ballot last = budget.ballotOf(cycle.cycleId(), voter).orElseThrow();
            assertThat(last.projects()).containsExactly(b);
            assertThat(last.changeable()).isFalse();
            String lateCin = randomCin();
            residence.verifyAtOffice(lateCin, "Retardataire", null, adultsBirthYear(), STAFF);
            assertThatThrownBy(() -> budget.castPaper(cycle.cycleId(), lateCin, List.of(a), STAFF))
                    .hasMessage("budget.error.voteClosed");
        });
    }

    @Test
    void paperAndOnlineBallotsOfOnePersonCountOnce() {
        inBeniMellal(() -> {
            BudgetFixtures.Voting cycle = votingCycle(budget, uniqueTitle("Papier"), VotingRule.KNAPSACK, 1_000_000,
                    null, null, 400_000, 300_000);
            List<Long> a = List.of(cycle.projects().get(0));
            // Online first, then staff type the same person's paper ballot: refused.
            String onlineCin = randomCin();
            String onlineVoter = "online-" + UUID.randomUUID();
            residence.verifyAtOffice(onlineCin, "En ligne", onlineVoter, adultsBirthYear(), STAFF);
            budget.castOnline(cycle.cycleId(), onlineVoter, a);
            assertThatThrownBy(() -> budget.castPaper(cycle.cycleId(), onlineCin.toLowerCase(), a, STAFF))
                    .isInstanceOfSatisfying(BudgetRefused.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("budget.error.alreadyVoted");
                        assertThat(refused.arguments()).containsExactly(onlineCin.substring(onlineCin.length() - 3));
                    });
            // Paper first, then the same person online: refused, the paper ballot stands.
            String paperCin = randomCin();
            String paperVoter = "paper-" + UUID.randomUUID();
            residence.verifyAtOffice(paperCin, "Sur papier", paperVoter, adultsBirthYear(), STAFF);
            budget.castPaper(cycle.cycleId(), paperCin, a, STAFF);
            assertThatThrownBy(() -> budget.castPaper(cycle.cycleId(), paperCin, List.of(cycle.projects().get(1)), STAFF))
                    .hasMessage("budget.error.alreadyVoted");
            assertThatThrownBy(() -> budget.castOnline(cycle.cycleId(), paperVoter, List.of(cycle.projects().get(1))))
                    .hasMessage("budget.error.paperBallotExists");
            assertThat(budget.ballotOf(cycle.cycleId(), paperVoter).orElseThrow().channel()).isEqualTo("PAPER");
            BudgetFixtures.closeVote(budget, cycle.cycleId());
            assertThat(budget.tally(cycle.cycleId()).ballots()).isEqualTo(2);
            assertThat(audit.recent("beni-mellal", 50)).extracting(AuditTrail.AuditEvent::action).contains("budget.ballot.paper");
        });
    }

    @Test
    void resultsArePublishedWithTheCountsAndTheWinnersThatFitTheBudget() {
        inBeniMellal(() -> {
            // A 400k, B 500k, C 300k, D 200k; envelope 1,000k.
            BudgetFixtures.Voting cycle = votingCycle(budget, uniqueTitle("Résultats"), VotingRule.KNAPSACK, 1_000_000,
                    null, null, 400_000, 500_000, 300_000, 200_000);
            long a = cycle.projects().get(0);
            long b = cycle.projects().get(1);
            long c = cycle.projects().get(2);
            long d = cycle.projects().get(3);
            // Five voters: A,B · A,C,D · B,C · B,D · A  →  A 3, B 3, C 2, D 2.
            List<List<Long>> ballots = List.of(List.of(a, b), List.of(a, c, d), List.of(b, c), List.of(b, d), List.of(a));
            List<String> voters = new ArrayList<>();
            for (List<Long> choice : ballots) {
                String voter = verifiedAccount(adultsBirthYear());
                voters.add(voter);
                budget.castOnline(cycle.cycleId(), voter, choice);
            }
            profiles.save(voters.get(0), new ProfileForm(null, null, true, Gender.WOMAN, AgeBand.FROM_18_TO_35, true));
            profiles.save(voters.get(1), new ProfileForm(null, null, true, Gender.MAN, AgeBand.FROM_36_TO_59, false));
            assertThat(budget.publishedResults(cycle.cycleId())).isEmpty();
            BudgetFixtures.closeVote(budget, cycle.cycleId());

            // Hand count: A (3 votes, 400k) then B (3, 500k): 900k spent; D (2, 200k, cheaper than C) no longer fits,
            // nor does C (2, 300k).
            BudgetViews.Results results = budget.publishResults(cycle.cycleId(), STAFF);
            assertThat(results.ballots()).isEqualTo(5);
            assertThat(results.lines()).extracting(BudgetViews.ResultLine::projectId).containsExactly(a, b, d, c);
            assertThat(results.lines()).extracting(BudgetViews.ResultLine::votes).containsExactly(3, 3, 2, 2);
            assertThat(results.lines()).extracting(BudgetViews.ResultLine::selected).containsExactly(true, true, false, false);
            assertThat(results.spentMad()).isEqualTo(900_000);
            assertThat(budget.publishedResults(cycle.cycleId()).orElseThrow().publishedAt()).isNotNull();
            assertThat(budget.project(cycle.cycleId(), a).votes()).isEqualTo(3);
            assertThat(budget.project(cycle.cycleId(), a).selected()).isTrue();
            assertThat(budget.project(cycle.cycleId(), c).selected()).isFalse();

            // Implementation follow-up on selected projects only.
            assertThatThrownBy(() -> budget.updateProgress(cycle.cycleId(), c, 10, STAFF)).hasMessage("budget.error.notSelected");
            assertThatThrownBy(() -> budget.updateProgress(cycle.cycleId(), a, 101, STAFF)).hasMessage("budget.error.progress");
            budget.updateProgress(cycle.cycleId(), a, 40, STAFF);
            BudgetViews.Project followed = budget.addMilestone(cycle.cycleId(), a, "Appel d’offres",
                    LocalDate.of(2026, 3, 1), null, STAFF);
            assertThat(followed.progress()).isEqualTo(40);
            assertThat(followed.milestones()).extracting(BudgetViews.Milestone::title).containsExactly("Appel d’offres");

            // The analytics view counts them, with the breakdown only from the consented profile.
            Map<String, Long> facts = facts(beniMellal().schemaName());
            assertThat(facts.keySet()).contains("budget.proposals", "budget.proposals.reviewed",
                    "budget.proposals.feasible", "budget.ballots", "budget.ballots.women", "budget.ballots.youth",
                    "budget.ballots.disability", "budget.projects.selected", "budget.projects.progress.sum");
            assertThat(facts.get("budget.ballots")).isGreaterThanOrEqualTo(5);
            assertThat(facts.get("budget.ballots.women")).isGreaterThanOrEqualTo(1);
            assertThat(facts.get("budget.projects.progress.sum")).isGreaterThanOrEqualTo(40);
        });
    }

    @Test
    void aCitizensProposalsAndBallotAreExportedAndErasureKeepsThemCountedButUnlinked() {
        inBeniMellal(() -> {
            LocalDate today = budget.today();
            String title = uniqueTitle("Données");
            long id = budget.createCycle(BudgetFixtures.form(title, VotingRule.KNAPSACK, 1_000_000, null, null,
                    BudgetFixtures.proposalsOpen(today)), STAFF).id();
            String citizen = verifiedAccount(adultsBirthYear());
            long project = budget.propose(id, "Bancs publics", "Des bancs à l’ombre.", null, citizen).id();
            budget.updateCycle(id, BudgetFixtures.form(title, VotingRule.KNAPSACK, 1_000_000, null, null,
                    BudgetFixtures.inReview(today)), STAFF);
            budget.review(id, project, true, 50_000L, null, STAFF);
            budget.updateCycle(id, BudgetFixtures.form(title, VotingRule.KNAPSACK, 1_000_000, null, null,
                    BudgetFixtures.voting(today)), STAFF);
            budget.castOnline(id, citizen, List.of(project));

            String export = String.valueOf(personalData.export(citizen));
            assertThat(export).contains("Bancs publics").contains("totalMad=50000").doesNotContain("cin_hash");

            personalData.erase(citizen);
            String schema = beniMellal().schemaName();
            assertThat(jdbc.sql("SELECT count(*) FROM " + schema + ".budget_ballot WHERE cycle_id = :c AND username IS NULL")
                    .param("c", id).query(Long.class).single()).isEqualTo(1L);
            assertThat(jdbc.sql("SELECT count(*) FROM " + schema + ".budget_ballot WHERE username = :u OR entered_by = :u")
                    .param("u", citizen).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM " + schema + ".budget_project WHERE author = :u OR entered_by = :u")
                    .param("u", citizen).query(Long.class).single()).isZero();
            assertThat(budget.project(id, project).title()).isEqualTo("Bancs publics");
            assertThat(String.valueOf(personalData.export(citizen))).doesNotContain("Bancs publics");
        });
    }

    private Map<String, Long> facts(String schema) {
        Map<String, Long> facts = new java.util.HashMap<>();
        jdbc.sql("SELECT indicator, sum(amount)::bigint AS amount FROM " + schema
                        + ".budget_monthly_fact WHERE dimension = '' GROUP BY indicator")
                .query((row, n) -> Map.entry(row.getString(1), row.getLong(2))).list()
                .forEach(entry -> facts.put(entry.getKey(), entry.getValue()));
        return facts;
    }

    /** A verified resident with an account name of their own (not a Keycloak user: the service only needs the name). */
    /**
     * Ballots are checked against a snapshot of the cycle kept a few seconds; another instance's staff may change the
     * cycle meanwhile. Changes made straight in the database (as that instance would) must still hold at once.
     */
    @Test
    void aChangeMadeElsewhereHoldsAtOnceDespiteTheSnapshot() {
        inBeniMellal(() -> {
            BudgetFixtures.Voting cycle = votingCycle(budget, uniqueTitle("Ailleurs"), VotingRule.KNAPSACK, 1_000_000,
                    null, null, 600_000, 300_000);
            List<Long> p = cycle.projects();
            String first = verifiedAccount(adultsBirthYear());
            assertThat(budget.castOnline(cycle.cycleId(), first, List.of(p.get(0))))
                    .as("the first ballot takes the snapshot").isEqualTo(ParticipatoryBudget.CastOutcome.CAST);
            String schema = beniMellal().schemaName();

            jdbc.sql("UPDATE " + schema + ".budget_cycle SET budget_mad = 500000 WHERE id = ?")
                    .param(cycle.cycleId()).update();
            String second = verifiedAccount(adultsBirthYear());
            assertThatThrownBy(() -> budget.castOnline(cycle.cycleId(), second, List.of(p.get(0))))
                    .as("the smaller envelope counts, not the snapshot's").hasMessage("budget.error.overBudget");
            assertThat(budget.castOnline(cycle.cycleId(), second, List.of(p.get(1))))
                    .isEqualTo(ParticipatoryBudget.CastOutcome.CAST);

            jdbc.sql("UPDATE " + schema + ".budget_cycle SET min_age = 18 WHERE id = ?").param(cycle.cycleId()).update();
            String young = verifiedAccount(budget.today().getYear() - 16);
            assertThatThrownBy(() -> budget.castOnline(cycle.cycleId(), young, List.of(p.get(1))))
                    .hasMessage("budget.error.tooYoung");

            jdbc.sql("UPDATE " + schema + ".budget_cycle SET results_published_at = now() WHERE id = ?")
                    .param(cycle.cycleId()).update();
            assertThatThrownBy(() -> budget.castOnline(cycle.cycleId(), first, List.of(p.get(1))))
                    .as("a vote closed elsewhere is closed here").hasMessage("budget.error.voteClosed");
            assertThat(jdbc.sql("SELECT count(*) FROM " + schema + ".budget_ballot WHERE cycle_id = ?")
                    .param(cycle.cycleId()).query(Long.class).single()).isEqualTo(2);
            assertThat(budget.ballotOf(cycle.cycleId(), first).orElseThrow().projects())
                    .as("the refused change left the ballot as it was").containsExactly(p.get(0));
        });
    }

    private String verifiedAccount(Integer birthYear) {
        String account = "voter-" + UUID.randomUUID();
        residence.verifyAtOffice(randomCin(), "Habitant(e) de test", account, birthYear, STAFF);
        return account;
    }

    private Commune beniMellal() {
        return registry.findBySlug("beni-mellal").orElseThrow();
    }

    private void inBeniMellal(Runnable test) {
        CurrentCommune.runAs(beniMellal(), test);
    }

    /** Born thirty years before this year, by the budget's own calendar. */
    private int adultsBirthYear() {
        return budget.today().getYear() - 30;
    }
}
