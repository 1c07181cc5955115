package ma.mocharaka.portal.forums;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import org.springframework.web.multipart.MultipartFile;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.portal.files.CommuneFiles;
import ma.mocharaka.portal.inclusion.InclusionAnswers;

/**
 * The current commune's forums and events: what other modules and the pages may ask. Registration and check-in take
 * a lock on the forum's row, so concurrent requests for the same forum queue instead of overbooking; the unique
 * constraints in the schema stay as the last word.
 */
@Service
public class Forums {

    /** Agendas are printed in the commune's wall-clock time; registration closes when that clock reaches the start. */
    static final ZoneId COMMUNE_TIME = ZoneId.of("Africa/Casablanca");

    /** The module name under which the forums' documents are kept in {@link CommuneFiles}. */
    static final String FILES_MODULE = "forums";

    private static final Logger log = LoggerFactory.getLogger(Forums.class);

    private final ForumRepository forums;
    private final ForumRegistrationRepository registrations;
    private final ForumAttendanceRepository attendance;
    private final ForumProposalRepository proposals;
    private final CommuneFiles files;
    private final AuditTrail audit;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    Forums(ForumRepository forums, ForumRegistrationRepository registrations, ForumAttendanceRepository attendance,
           ForumProposalRepository proposals, CommuneFiles files, AuditTrail audit, Clock clock) {
        this.forums = forums;
        this.registrations = registrations;
        this.attendance = attendance;
        this.proposals = proposals;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** Forums not yet over, soonest first: what the commune's home page shows. */
    @Transactional(readOnly = true)
    public List<ForumView> current() {
        return forums.findByEndsAtAfterOrderByStartsAtAsc(now()).stream().map(this::view).toList();
    }

    /** For the commune's home page: what is coming, then the three latest, so a quiet commune still shows its record. */
    @Transactional(readOnly = true)
    public List<ForumView> forHome() {
        List<ForumView> shown = new java.util.ArrayList<>(current());
        forums.findTop20ByEndsAtBeforeOrderByStartsAtDesc(now()).stream().limit(3).map(this::view).forEach(shown::add);
        return shown;
    }

    @Transactional(readOnly = true)
    public List<ForumView> past() {
        return forums.findTop20ByEndsAtBeforeOrderByStartsAtDesc(now()).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ForumView find(long id) {
        return forums.findById(id).map(this::view).orElseThrow(() -> new ForumNotFoundException(id));
    }

    @Transactional(readOnly = true)
    public long count() {
        return forums.count();
    }

    @Transactional
    public ForumView schedule(ForumDraft draft, String author) {
        Forum saved = forums.save(new Forum(draft, author));
        audit.record(author, CurrentCommune.require().slug(), "forum.schedule", "forum/" + saved.id(), null,
                draft.title().in("fr") + " " + draft.startsAt());
        return view(saved);
    }

    public boolean isOpenForRegistration(ForumView forum) {
        return !forum.cancelled() && now().isBefore(forum.startsAt());
    }

    /** Whether staff may enter results: once the forum has started, unless it was cancelled. */
    public boolean acceptsResults(ForumView forum) {
        return !forum.cancelled() && !now().isBefore(forum.startsAt());
    }

    /** Whether the announcement may still be corrected or cancelled: before the forum starts. */
    public boolean isRevisable(ForumView forum) {
        return !forum.cancelled() && now().isBefore(forum.startsAt());
    }

    /**
     * Corrects an announced forum before it starts. Registrations already taken stay valid, so the capacity may not
     * drop below them.
     */
    @Transactional
    public RevisionOutcome revise(long forumId, ForumDraft draft, String staff) {
        Forum forum = forums.lockById(forumId).orElseThrow(() -> new ForumNotFoundException(forumId));
        if (forum.isCancelled()) {
            return RevisionOutcome.CANCELLED;
        }
        if (!now().isBefore(forum.startsAt())) {
            return RevisionOutcome.ALREADY_STARTED;
        }
        if (draft.capacity() != null && registrations.countByForumId(forumId) > draft.capacity()) {
            return RevisionOutcome.CAPACITY_BELOW_REGISTRATIONS;
        }
        String before = forum.title().in("fr") + " " + forum.startsAt() + " cap=" + forum.capacity();
        forum.revise(draft);
        audit.record(staff, CurrentCommune.require().slug(), "forum.revise", "forum/" + forumId, before,
                draft.title().in("fr") + " " + draft.startsAt() + " cap=" + draft.capacity());
        return RevisionOutcome.DONE;
    }

    /** Cancels a forum that has not started: it stays listed with the reason, and registration closes. */
    @Transactional
    public RevisionOutcome cancel(long forumId, LocalizedText reason, String staff) {
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("A cancellation gives its reason");
        }
        Forum forum = forums.lockById(forumId).orElseThrow(() -> new ForumNotFoundException(forumId));
        if (forum.isCancelled()) {
            return RevisionOutcome.CANCELLED;
        }
        if (!now().isBefore(forum.startsAt())) {
            return RevisionOutcome.ALREADY_STARTED;
        }
        forum.cancel(reason, Instant.now());
        audit.record(staff, CurrentCommune.require().slug(), "forum.cancel", "forum/" + forumId, null,
                reason.in("fr"));
        return RevisionOutcome.DONE;
    }

    @Transactional(readOnly = true)
    public ForumResults results(long forumId) {
        requireForum(forumId);
        return new ForumResults(proposals.findByForumIdOrderById(forumId).stream()
                .map(p -> new ForumResults.Proposal(p.id(), p.text().values(), p.theme().values())).toList(),
                files.of(FILES_MODULE, forumId));
    }

    @Transactional
    public RevisionOutcome addProposal(long forumId, LocalizedText text, LocalizedText theme, String staff) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("A proposal has a text");
        }
        RevisionOutcome refusal = refusalForResults(forumId);
        if (refusal != null) {
            return refusal;
        }
        ForumProposal saved = proposals.save(new ForumProposal(forumId, text, theme, staff));
        audit.record(staff, CurrentCommune.require().slug(), "forum.proposal.add", "forum_proposal/" + saved.id(),
                null, "forum/" + forumId);
        return RevisionOutcome.DONE;
    }

    @Transactional
    public boolean removeProposal(long forumId, long proposalId, String staff) {
        requireForum(forumId);
        Optional<ForumProposal> proposal = proposals.findByIdAndForumId(proposalId, forumId);
        proposal.ifPresent(p -> {
            proposals.delete(p);
            audit.record(staff, CurrentCommune.require().slug(), "forum.proposal.remove", "forum_proposal/" + proposalId,
                    p.text().in("fr"), null);
        });
        return proposal.isPresent();
    }

    /** Keeps a document of the forum's results; the caller has checked the upload with {@link CommuneFiles#problemWith}. */
    @Transactional
    public RevisionOutcome attachDocument(long forumId, MultipartFile document, String staff) {
        RevisionOutcome refusal = refusalForResults(forumId);
        if (refusal != null) {
            return refusal;
        }
        long fileId = files.store(FILES_MODULE, forumId, document, staff);
        audit.record(staff, CurrentCommune.require().slug(), "forum.document.add", "stored_file/" + fileId, null,
                "forum/" + forumId);
        return RevisionOutcome.DONE;
    }

    @Transactional
    public boolean removeDocument(long forumId, long fileId, String staff) {
        requireForum(forumId);
        boolean removed = files.delete(FILES_MODULE, forumId, fileId);
        if (removed) {
            audit.record(staff, CurrentCommune.require().slug(), "forum.document.remove", "stored_file/" + fileId,
                    "forum/" + forumId, null);
        }
        return removed;
    }

    @Transactional(readOnly = true)
    public Optional<CommuneFiles.Download> document(long forumId, long fileId) {
        requireForum(forumId);
        return files.download(FILES_MODULE, forumId, fileId);
    }

    private RevisionOutcome refusalForResults(long forumId) {
        Forum forum = forums.lockById(forumId).orElseThrow(() -> new ForumNotFoundException(forumId));
        if (forum.isCancelled()) {
            return RevisionOutcome.CANCELLED;
        }
        return now().isBefore(forum.startsAt()) ? RevisionOutcome.NOT_HELD_YET : null;
    }

    @Transactional(readOnly = true)
    public boolean isRegistered(long forumId, String participant) {
        return registrations.findByForumIdAndParticipant(forumId, participant).isPresent();
    }

    @Transactional
    public RegistrationOutcome register(long forumId, String participant) {
        Forum forum = forums.lockById(forumId).orElseThrow(() -> new ForumNotFoundException(forumId));
        if (forum.isCancelled() || !now().isBefore(forum.startsAt())) {
            return RegistrationOutcome.CLOSED;
        }
        if (registrations.findByForumIdAndParticipant(forumId, participant).isPresent()) {
            return RegistrationOutcome.ALREADY_REGISTERED;
        }
        if (forum.capacity() != null && registrations.countByForumId(forumId) >= forum.capacity()) {
            return RegistrationOutcome.FULL;
        }
        registrations.save(new ForumRegistration(forumId, participant, Instant.now()));
        log.info("Registration for forum {}", forumId);
        return RegistrationOutcome.REGISTERED;
    }

    /** Whether the account was checked in at the door: what other mechanisms at the forum (a vote) may rely on. */
    @Transactional(readOnly = true)
    public boolean attended(long forumId, String participant) {
        return registrations.findByForumIdAndParticipant(forumId, participant)
                .map(registration -> attendance.existsByRegistrationId(registration.id()))
                .orElse(false);
    }

    /** The door list for staff, in registration order. */
    @Transactional(readOnly = true)
    public List<RegistrationRow> doorList(long forumId) {
        requireForum(forumId);
        Set<Long> arrived = attendance.findByForumId(forumId).stream()
                .map(ForumAttendance::registrationId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        return registrations.findByForumIdOrderById(forumId).stream()
                .map(r -> new RegistrationRow(r.id(), r.participant(), arrived.contains(r.id())))
                .toList();
    }

    /**
     * Records one person at the door. {@code registrationNumber} is empty for someone without an account or
     * registration: they are counted all the same, without a name.
     */
    @Transactional
    public CheckInOutcome checkIn(long forumId, Optional<Long> registrationNumber, InclusionAnswers answers,
                                  String staff) {
        return admit(forumId, registrationNumber, answers, staff).outcome();
    }

    /**
     * Someone admitted at the door and their door number (the attendance record's id), which a person without an
     * account shows when staff record their vote.
     */
    public record Admission(CheckInOutcome outcome, Long doorNumber) {
    }

    @Transactional
    public Admission admit(long forumId, Optional<Long> registrationNumber, InclusionAnswers answers, String staff) {
        forums.lockById(forumId).orElseThrow(() -> new ForumNotFoundException(forumId));
        Long registrationId = null;
        if (registrationNumber.isPresent()) {
            Optional<ForumRegistration> registration = registrations.findByIdAndForumId(registrationNumber.get(), forumId);
            if (registration.isEmpty()) {
                return new Admission(CheckInOutcome.UNKNOWN_REGISTRATION, null);
            }
            registrationId = registration.get().id();
            if (attendance.existsByRegistrationId(registrationId)) {
                return new Admission(CheckInOutcome.ALREADY_CHECKED_IN, null);
            }
        }
        ForumAttendance saved = attendance.save(new ForumAttendance(forumId, registrationId, answers, staff, Instant.now()));
        // The audit names the staff member and the record, never the attendee's answers.
        audit.record(staff, CurrentCommune.require().slug(), "forum.check-in", "forum/" + forumId,
                null, "forum_attendance/" + saved.id());
        return new Admission(CheckInOutcome.CHECKED_IN, saved.id());
    }

    /** Whether {@code doorNumber} is someone admitted to this forum without an account or registration. */
    @Transactional(readOnly = true)
    public boolean admittedWithoutAccount(long forumId, long doorNumber) {
        return attendance.findById(doorNumber)
                .filter(a -> a.forumId() == forumId && a.registrationId() == null)
                .isPresent();
    }

    @Transactional(readOnly = true)
    public ParticipationFacts facts(long forumId) {
        requireForum(forumId);
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        SELECT forum_id, kind, held_on, registrations, attendees, women, youth, with_disability,
                               inclusion_not_given
                        FROM forum_participation_fact WHERE forum_id = :id""")
                .setParameter("id", forumId)
                .getSingleResult();
        return new ParticipationFacts(((Number) row[0]).longValue(), ForumKind.valueOf((String) row[1]),
                row[2] instanceof Date date ? date.toLocalDate() : (java.time.LocalDate) row[2],
                number(row[3]), number(row[4]), number(row[5]), number(row[6]), number(row[7]), number(row[8]));
    }

    private void requireForum(long forumId) {
        if (!forums.existsById(forumId)) {
            throw new ForumNotFoundException(forumId);
        }
    }

    private ForumView view(Forum forum) {
        return ForumView.of(forum, registrations.countByForumId(forum.id()));
    }

    /** The commune's wall-clock time, which is what forums' start and end times are written in. */
    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
