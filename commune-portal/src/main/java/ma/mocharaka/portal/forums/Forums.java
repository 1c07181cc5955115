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

    private static final Logger log = LoggerFactory.getLogger(Forums.class);

    private final ForumRepository forums;
    private final ForumRegistrationRepository registrations;
    private final ForumAttendanceRepository attendance;
    private final AuditTrail audit;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    Forums(ForumRepository forums, ForumRegistrationRepository registrations, ForumAttendanceRepository attendance,
           AuditTrail audit) {
        this.forums = forums;
        this.registrations = registrations;
        this.attendance = attendance;
        this.audit = audit;
        this.clock = Clock.system(COMMUNE_TIME);
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
        return now().isBefore(forum.startsAt());
    }

    @Transactional(readOnly = true)
    public boolean isRegistered(long forumId, String participant) {
        return registrations.findByForumIdAndParticipant(forumId, participant).isPresent();
    }

    @Transactional
    public RegistrationOutcome register(long forumId, String participant) {
        Forum forum = forums.lockById(forumId).orElseThrow(() -> new ForumNotFoundException(forumId));
        if (!now().isBefore(forum.startsAt())) {
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
        forums.lockById(forumId).orElseThrow(() -> new ForumNotFoundException(forumId));
        Long registrationId = null;
        if (registrationNumber.isPresent()) {
            Optional<ForumRegistration> registration = registrations.findByIdAndForumId(registrationNumber.get(), forumId);
            if (registration.isEmpty()) {
                return CheckInOutcome.UNKNOWN_REGISTRATION;
            }
            registrationId = registration.get().id();
            if (attendance.existsByRegistrationId(registrationId)) {
                return CheckInOutcome.ALREADY_CHECKED_IN;
            }
        }
        ForumAttendance saved = attendance.save(new ForumAttendance(forumId, registrationId, answers, staff, Instant.now()));
        // The audit names the staff member and the record, never the attendee's answers.
        audit.record(staff, CurrentCommune.require().slug(), "forum.check-in", "forum/" + forumId,
                null, "forum_attendance/" + saved.id());
        return CheckInOutcome.CHECKED_IN;
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

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
