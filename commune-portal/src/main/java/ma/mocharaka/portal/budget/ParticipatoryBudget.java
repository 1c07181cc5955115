package ma.mocharaka.portal.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.files.UploadCheck;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.files.CommuneFiles;
import ma.mocharaka.portal.residence.CinFingerprints;
import ma.mocharaka.portal.residence.ResidenceVerification;
import ma.mocharaka.portal.residence.ResidenceVerification.VerifiedPerson;

/**
 * The participatory budget of the current commune: cycles and their phases, proposals and their feasibility review,
 * ballots under the cycle's rule, results and the follow-up of selected projects. Every rule is checked here, and
 * the ones that races could break (one ballot per person, the vote window) again by the database.
 */
@Service
public class ParticipatoryBudget {

    /** Files of this module in CommuneFiles: photos of a selected project, owned by the project id. */
    static final String PHOTOS = "budget-project";
    /** Phases in which the feasibility review may still change what is on the ballot. */
    private static final Set<BudgetPhase> REVIEW_PHASES =
            Set.of(BudgetPhase.PROPOSALS, BudgetPhase.DELEGATES, BudgetPhase.REVIEW);

    private final BudgetCycleRepository cycles;
    private final BudgetProjectRepository projects;
    private final BudgetMilestoneRepository milestones;
    private final BudgetBallots ballots;
    private final BallotRules ballotRules;
    private final ResidenceVerification residence;
    private final CommuneFiles files;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ParticipatoryBudget(BudgetCycleRepository cycles, BudgetProjectRepository projects,
                        BudgetMilestoneRepository milestones, BudgetBallots ballots, BallotRules ballotRules,
                        ResidenceVerification residence, CommuneFiles files, AuditTrail audit, Clock clock,
                        PlatformTransactionManager transactionManager) {
        this.cycles = cycles;
        this.projects = projects;
        this.milestones = milestones;
        this.ballots = ballots;
        this.ballotRules = ballotRules;
        this.residence = residence;
        this.files = files;
        this.audit = audit;
        // The platform's clock is in Morocco: phases change at midnight there, wherever the server runs.
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- cycles ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<BudgetViews.Cycle> cycles() {
        return cycles.findAllByOrderByVoteFromDescIdDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public BudgetViews.Cycle cycle(long id) {
        return view(loadCycle(id));
    }

    @Transactional
    public BudgetViews.Cycle createCycle(CycleForm form, String staff) {
        CycleForm.Checked checked = form.check();
        BudgetCycle cycle = cycles.saveAndFlush(new BudgetCycle(checked, staff));
        audit.record(staff, slug(), "budget.cycle.create", "budget_cycle/" + cycle.id(), null, describe(checked));
        return view(cycle);
    }

    /**
     * Changes a cycle. Dates may move until results are published; the rule, the envelope and the number of choices
     * are frozen once someone voted, since a ballot valid under the old rule could be invalid under the new one.
     */
    @Transactional
    public BudgetViews.Cycle updateCycle(long id, CycleForm form, String staff) {
        BudgetCycle cycle = loadCycle(id);
        if (cycle.resultsPublishedAt() != null) {
            throw new BudgetRefused("budget.error.published");
        }
        CycleForm.Checked checked = form.check();
        boolean ruleChanges = checked.rule() != cycle.rule() || checked.budgetMad() != cycle.budgetMad()
                || !java.util.Objects.equals(checked.rule() == VotingRule.APPROVAL ? checked.maxChoices() : null,
                cycle.maxChoices());
        if (ruleChanges && ballots.count(id) > 0) {
            throw new BudgetRefused("budget.error.ballotsCast");
        }
        String before = describe(cycle);
        cycle.apply(checked);
        cycles.flush();
        ballotRules.forget(id);
        audit.record(staff, slug(), "budget.cycle.update", "budget_cycle/" + id, before, describe(checked));
        return view(cycle);
    }

    // ---- proposals and review -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<BudgetViews.Project> projects(long cycleId) {
        loadCycle(cycleId);
        return projects.findByCycleIdOrderByIdAsc(cycleId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public BudgetViews.Project project(long cycleId, long projectId) {
        return view(loadProject(cycleId, projectId));
    }

    /** A citizen proposes online, only during the proposals phase. */
    @Transactional
    public BudgetViews.Project propose(long cycleId, String title, String description, String neighbourhood,
                                       String citizen) {
        return addProposal(cycleId, title, description, neighbourhood, ProjectSource.ONLINE, citizen, citizen);
    }

    /** Staff enter a proposal that came out of a forum's workshops, in the same window as online ones. */
    @Transactional
    public BudgetViews.Project enterFromForum(long cycleId, String title, String description, String neighbourhood,
                                              String staff) {
        BudgetViews.Project project = addProposal(cycleId, title, description, neighbourhood, ProjectSource.FORUM,
                null, staff);
        audit.record(staff, slug(), "budget.proposal.forum", "budget_project/" + project.id(), null, project.title());
        return project;
    }

    private BudgetViews.Project addProposal(long cycleId, String title, String description, String neighbourhood,
                                            ProjectSource source, String author, String enteredBy) {
        BudgetCycle cycle = loadCycle(cycleId);
        if (phase(cycle) != BudgetPhase.PROPOSALS) {
            throw new BudgetRefused("budget.error.notProposals");
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new BudgetRefused("budget.error.proposalTitle");
        }
        if (description == null || description.isBlank() || description.strip().length() > 4000) {
            throw new BudgetRefused("budget.error.proposalDescription");
        }
        String place = neighbourhood == null || neighbourhood.isBlank() ? null : neighbourhood.strip();
        if (place != null && place.length() > 120) {
            throw new BudgetRefused("budget.error.neighbourhood");
        }
        BudgetProject project = projects.saveAndFlush(new BudgetProject(cycleId, title.strip(), description.strip(),
                place, source, author, enteredBy));
        return view(project);
    }

    /**
     * The technical and financial feasibility review: feasible with a cost that fits the envelope, or rejected with
     * the reasons, which are published. It may be revised until the vote opens, never after.
     */
    @Transactional
    public BudgetViews.Project review(long cycleId, long projectId, boolean feasible, Long costMad, String reason,
                                      String staff) {
        BudgetCycle cycle = loadCycle(cycleId);
        BudgetProject project = loadProject(cycleId, projectId);
        if (!REVIEW_PHASES.contains(phase(cycle))) {
            throw new BudgetRefused("budget.error.notReview");
        }
        String before = project.status() + " " + project.costMad();
        if (feasible) {
            if (costMad == null || costMad < 1) {
                throw new BudgetRefused("budget.error.cost");
            }
            if (costMad > cycle.budgetMad()) {
                throw new BudgetRefused("budget.error.costAboveBudget", mad(costMad), mad(cycle.budgetMad()));
            }
            project.judgeFeasible(costMad, staff);
        } else {
            if (reason == null || reason.isBlank()) {
                throw new BudgetRefused("budget.error.reason");
            }
            project.reject(reason.strip(), staff);
        }
        projects.flush();
        ballotRules.forget(cycleId);
        audit.record(staff, slug(), "budget.review", "budget_project/" + projectId, before,
                project.status() + (feasible ? " " + costMad : ": " + reason.strip()));
        return view(project);
    }

    // ---- ballots ----------------------------------------------------------------------------------------------

    public enum CastOutcome { CAST, CHANGED }

    /**
     * A verified resident casts or changes their ballot online while the vote is open. A busy vote checks the ballot
     * against the cycle's recent snapshot and goes straight to one statement, which checks everything again (the
     * residence and age included) and needs no transaction. Any doubt (no snapshot, the snapshot says no, the
     * statement wrote nothing) is settled in a transaction on fresh rows, which also give the precise reason for a
     * refusal.
     */
    public CastOutcome castOnline(long cycleId, String username, List<Long> chosen) {
        LocalDate today = today();
        // Null ids (an empty string in JSON) are refused by the rules; they must not break the copy first.
        List<Long> distinct = chosen == null ? List.of()
                : chosen.stream().filter(java.util.Objects::nonNull).distinct().toList();
        Optional<BallotRules.Snapshot> recent = ballotRules.cached(cycleId);
        if (recent.isPresent()) {
            try {
                recent.get().requireVoteOpen(today);
                long total = recent.get().total(chosen);
                Optional<Integer> changes = ballots.castOnlineAsVerifiedAccount(cycleId, username, distinct, total, today);
                if (changes.isPresent()) {
                    return changes.get() == 0 ? CastOutcome.CAST : CastOutcome.CHANGED;
                }
            } catch (BudgetRefused possiblyStale) {
                // The snapshot may be seconds old: the fresh rows below decide.
            }
        }
        return transactions.execute(status -> castOnFreshRows(cycleId, username, chosen, distinct, today));
    }

    private CastOutcome castOnFreshRows(long cycleId, String username, List<Long> chosen, List<Long> distinct,
                                        LocalDate today) {
        BallotRules.Snapshot fresh = freshRules(cycleId);
        Optional<CastOutcome> cast = cast(fresh, cycleId, username, chosen, distinct, today);
        if (cast.isPresent()) {
            return cast.get();
        }
        // The statement wrote nothing: either a paper ballot of this person is there, or the vote just closed.
        String hash = residence.verifiedPerson(username).orElseThrow().cin().hash();
        boolean onPaper = ballots.of(cycleId, hash).map(b -> b.channel().equals("PAPER")).orElse(false);
        throw new BudgetRefused(onPaper ? "budget.error.paperBallotExists" : "budget.error.voteClosed");
    }

    private Optional<CastOutcome> cast(BallotRules.Snapshot rules, long cycleId, String username, List<Long> chosen,
                                       List<Long> distinct, LocalDate today) {
        rules.requireVoteOpen(today);
        VerifiedPerson person = residence.verifiedPerson(username)
                .orElseThrow(() -> new BudgetRefused("budget.error.notVerified"));
        rules.requireAge(person.birthYear(), today);
        long total = rules.total(chosen);
        return ballots.castOnline(cycleId, person, username, distinct, total, today)
                .map(changes -> changes == 0 ? CastOutcome.CAST : CastOutcome.CHANGED);
    }

    /** Staff type a paper ballot; the person must be a verified resident and must not have voted yet. */
    @Transactional
    public void castPaper(long cycleId, String typedCin, List<Long> chosen, String staff) {
        BallotRules.Snapshot rules = freshRules(cycleId);
        LocalDate today = today();
        rules.requireVoteOpen(today);
        if (CinFingerprints.normalise(typedCin).isEmpty()) {
            throw new BudgetRefused("budget.error.cin");
        }
        VerifiedPerson person = residence.verifiedPersonByCin(typedCin)
                .orElseThrow(() -> new BudgetRefused("budget.error.paperNotVerified"));
        rules.requireAge(person.birthYear(), today);
        long total = rules.total(chosen);
        if (!ballots.castPaper(cycleId, person, staff, List.copyOf(new LinkedHashSet<>(chosen)), total, today)) {
            if (ballots.of(cycleId, person.cin().hash()).isPresent()) {
                throw new BudgetRefused("budget.error.alreadyVoted", person.cin().lastThree());
            }
            throw new BudgetRefused("budget.error.voteClosed");
        }
        audit.record(staff, slug(), "budget.ballot.paper", "budget_cycle/" + cycleId, null,
                "cin ***" + person.cin().lastThree());
    }

    private BallotRules.Snapshot freshRules(long cycleId) {
        BudgetCycle cycle = loadCycle(cycleId);
        return ballotRules.of(cycle, projects.findByCycleIdAndStatusOrderByIdAsc(cycleId, ProjectStatus.FEASIBLE));
    }

    /** The signed-in person's ballot in a cycle, if any. */
    @Transactional(readOnly = true)
    public Optional<BudgetViews.Ballot> ballotOf(long cycleId, String username) {
        BudgetCycle cycle = loadCycle(cycleId);
        return residence.verifiedPerson(username)
                .flatMap(person -> ballots.of(cycleId, person.cin().hash()))
                .map(stored -> new BudgetViews.Ballot(cycleId, stored.projects(), stored.totalMad(),
                        cycle.budgetMad() - stored.totalMad(), stored.channel(), stored.castAt(), stored.changedAt(),
                        stored.channel().equals("ONLINE") && view(cycle).voteOpen()));
    }

    /** What keeps this person from voting in the cycle, as a message key; empty when they may vote. */
    @Transactional(readOnly = true)
    public Optional<String> whyNotEligible(long cycleId, String username) {
        BudgetCycle cycle = loadCycle(cycleId);
        Optional<VerifiedPerson> person = residence.verifiedPerson(username);
        if (person.isEmpty()) {
            return Optional.of("budget.error.notVerified");
        }
        try {
            BallotRules.snapshotOf(cycle, List.of()).requireAge(person.get().birthYear(), today());
            return Optional.empty();
        } catch (BudgetRefused refused) {
            return Optional.of(refused.messageKey());
        }
    }

    /** Sum of the costs of the chosen projects, after checking them against the cycle's rule. */
    @Transactional(readOnly = true)
    public long totalOf(long cycleId, List<Long> chosen) {
        Map<Long, BudgetProject> onBallot = feasible(cycleId);
        return chosen.stream().distinct().map(onBallot::get).filter(java.util.Objects::nonNull)
                .mapToLong(BudgetProject::costMad).sum();
    }

    private Map<Long, BudgetProject> feasible(long cycleId) {
        return projects.findByCycleIdAndStatusOrderByIdAsc(cycleId, ProjectStatus.FEASIBLE).stream()
                .collect(Collectors.toMap(BudgetProject::id, Function.identity()));
    }

    // ---- results ------------------------------------------------------------------------------------------------

    /**
     * The count as it stands. Staff see it only once the vote has closed, the public only once it is published, so
     * nobody can steer the vote with early numbers.
     */
    @Transactional(readOnly = true)
    public BudgetViews.Results tally(long cycleId) {
        BudgetCycle cycle = loadCycle(cycleId);
        if (phase(cycle).isBefore(BudgetPhase.RESULTS)) {
            throw new BudgetRefused("budget.error.voteNotClosed");
        }
        return results(cycle);
    }

    @Transactional(readOnly = true)
    public Optional<BudgetViews.Results> publishedResults(long cycleId) {
        BudgetCycle cycle = loadCycle(cycleId);
        return cycle.resultsPublishedAt() == null ? Optional.empty() : Optional.of(results(cycle));
    }

    private BudgetViews.Results results(BudgetCycle cycle) {
        List<BudgetViews.ResultLine> lines = ResultsTally.select(cycle.budgetMad(), ballots.countPerProject(cycle.id()));
        long spent = lines.stream().filter(BudgetViews.ResultLine::selected).mapToLong(BudgetViews.ResultLine::costMad).sum();
        return new BudgetViews.Results(cycle.id(), cycle.rule(), cycle.budgetMad(), ballots.count(cycle.id()), spent,
                lines, cycle.resultsPublishedAt());
    }

    /** Publishes the counts and marks the selected projects; once, after the vote has closed. */
    @Transactional
    public BudgetViews.Results publishResults(long cycleId, String staff) {
        BudgetCycle cycle = loadCycle(cycleId);
        if (phase(cycle).isBefore(BudgetPhase.RESULTS)) {
            throw new BudgetRefused("budget.error.voteNotClosed");
        }
        if (cycle.resultsPublishedAt() != null) {
            throw new BudgetRefused("budget.error.published");
        }
        BudgetViews.Results results = results(cycle);
        for (BudgetViews.ResultLine line : results.lines()) {
            loadProject(cycleId, line.projectId()).recordResult(line.votes(), line.rank(), line.selected());
        }
        cycle.publishResults();
        cycles.flush();
        ballotRules.forget(cycleId);
        audit.record(staff, slug(), "budget.results.publish", "budget_cycle/" + cycleId, null,
                results.ballots() + " ballots, selected " + results.lines().stream()
                        .filter(BudgetViews.ResultLine::selected).map(l -> String.valueOf(l.projectId()))
                        .collect(Collectors.joining(",")));
        return publishedResults(cycleId).orElseThrow();
    }

    // ---- implementation ---------------------------------------------------------------------------------------

    @Transactional
    public BudgetViews.Project updateProgress(long cycleId, long projectId, int progress, String staff) {
        BudgetProject project = selectedProject(cycleId, projectId);
        if (progress < 0 || progress > 100) {
            throw new BudgetRefused("budget.error.progress");
        }
        int before = project.progress();
        project.setProgress(progress);
        projects.flush();
        audit.record(staff, slug(), "budget.progress", "budget_project/" + projectId, before + "%", progress + "%");
        return view(project);
    }

    @Transactional
    public BudgetViews.Project addMilestone(long cycleId, long projectId, String title, LocalDate dueOn,
                                           LocalDate doneOn, String staff) {
        selectedProject(cycleId, projectId);
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new BudgetRefused("budget.error.milestoneTitle");
        }
        BudgetMilestone milestone = milestones.saveAndFlush(
                new BudgetMilestone(projectId, title.strip(), dueOn, doneOn, staff));
        audit.record(staff, slug(), "budget.milestone", "budget_project/" + projectId, null,
                milestone.view().title());
        return project(cycleId, projectId);
    }

    @Transactional
    public BudgetViews.Project addPhoto(long cycleId, long projectId, MultipartFile photo, String staff) {
        selectedProject(cycleId, projectId);
        Optional<String> problem = files.problemWith(photo, UploadCheck.IMAGES);
        if (problem.isPresent()) {
            throw new BudgetRefused(problem.get(), photo.getOriginalFilename(), UploadCheck.MAX_MEGABYTES);
        }
        long id = files.store(PHOTOS, projectId, photo, staff);
        audit.record(staff, slug(), "budget.photo", "budget_project/" + projectId, null, "file " + id);
        return project(cycleId, projectId);
    }

    @Transactional(readOnly = true)
    public Optional<CommuneFiles.Download> photo(long cycleId, long projectId, long photoId) {
        BudgetProject project = loadProject(cycleId, projectId);
        if (!project.selected()) {
            return Optional.empty();
        }
        return files.download(PHOTOS, projectId, photoId);
    }

    private BudgetProject selectedProject(long cycleId, long projectId) {
        BudgetProject project = loadProject(cycleId, projectId);
        if (!project.selected()) {
            throw new BudgetRefused("budget.error.notSelected");
        }
        return project;
    }

    // ---- demo and personal data support -------------------------------------------------------------------------

    @Transactional(readOnly = true)
    boolean anyCycleCreatedBy(String actor) {
        return cycles.existsByCreatedBy(actor);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private BudgetCycle loadCycle(long id) {
        return cycles.findById(id).orElseThrow(BudgetNotFound::new);
    }

    private BudgetProject loadProject(long cycleId, long projectId) {
        return projects.findById(projectId).filter(p -> p.cycleId() == cycleId).orElseThrow(BudgetNotFound::new);
    }

    private BudgetPhase phase(BudgetCycle cycle) {
        return cycle.schedule().phaseOn(today());
    }

    private BudgetViews.Cycle view(BudgetCycle cycle) {
        return new BudgetViews.Cycle(cycle.id(), cycle.title(), cycle.description(), cycle.rule(), cycle.budgetMad(),
                cycle.maxChoices(), cycle.minAge(), cycle.schedule(), phase(cycle), cycle.resultsPublishedAt());
    }

    private BudgetViews.Project view(BudgetProject project) {
        List<BudgetViews.Milestone> steps = milestones.findByProjectIdOrderByDueOnAscIdAsc(project.id()).stream()
                .map(BudgetMilestone::view).toList();
        List<Long> photos = project.selected()
                ? files.of(PHOTOS, project.id()).stream().map(CommuneFiles.StoredFile::id).toList() : List.of();
        return new BudgetViews.Project(project.id(), project.cycleId(), project.title(), project.description(),
                project.neighbourhood(), project.source(), project.status(), project.costMad(), project.reviewReason(),
                project.votes(), project.resultRank(), project.selected(), project.progress(), steps, photos);
    }

    private static String describe(CycleForm.Checked form) {
        return form.title() + " | " + form.rule() + " | " + form.budgetMad() + " MAD | k=" + form.maxChoices()
                + " | age " + form.minAge() + " | " + form.schedule();
    }

    private static String describe(BudgetCycle cycle) {
        return cycle.title() + " | " + cycle.rule() + " | " + cycle.budgetMad() + " MAD | k=" + cycle.maxChoices()
                + " | age " + cycle.minAge() + " | " + cycle.schedule();
    }

    /** Dirhams with spaces between thousands, the same in every language, so messages match the pages. */
    static String mad(long amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', ' ');
    }

    private static String slug() {
        return CurrentCommune.require().slug();
    }
}
