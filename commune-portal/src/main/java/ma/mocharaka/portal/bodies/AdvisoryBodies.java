package ma.mocharaka.portal.bodies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** The current commune's advisory bodies, their members, meetings and opinions. Every staff change is audited. */
@Service
public class AdvisoryBodies {

    private final AdvisoryBodyRepository bodies;
    private final BodyMemberRepository members;
    private final BodyMeetingRepository meetings;
    private final AdvisoryOpinionRepository opinions;
    private final AuditTrail audit;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    AdvisoryBodies(AdvisoryBodyRepository bodies, BodyMemberRepository members, BodyMeetingRepository meetings,
                   AdvisoryOpinionRepository opinions, AuditTrail audit, Clock clock) {
        this.bodies = bodies;
        this.members = members;
        this.meetings = meetings;
        this.opinions = opinions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long create(BodyKind kind, LocalizedText name, LocalizedText mandate, LocalDate createdOn, String staff) {
        AdvisoryBody body = bodies.save(new AdvisoryBody(kind, name, mandate, createdOn, staff));
        audit.record(staff, commune(), "body.create", "advisory_body/" + body.id(), null, kind + " " + name.in("fr"));
        return body.id();
    }

    @Transactional(readOnly = true)
    public List<BodyView> all() {
        return bodies.findAllByOrderByIdAsc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return bodies.count();
    }

    @Transactional(readOnly = true)
    public BodyView find(long id) {
        return view(bodies.findById(id).orElseThrow(() -> new BodyNotFoundException("advisory_body/" + id)));
    }

    /**
     * Adds a member. A second sitting president or rapporteur is refused by the schema's partial unique index;
     * the caller gets {@code false} and can end the current term first.
     */
    @Transactional
    public boolean addMember(long bodyId, String name, MemberRole role, LocalDate termStart, LocalDate termEnd,
                             String staff) {
        requireBody(bodyId);
        if (role != MemberRole.MEMBER && termEnd == null && members.findByBodyIdOrderByTermEndDescRoleAscNameAsc(bodyId)
                .stream().anyMatch(m -> m.role() == role && m.termEnd() == null)) {
            return false;
        }
        BodyMember member = members.save(new BodyMember(bodyId, name.strip(), role, termStart, termEnd));
        audit.record(staff, commune(), "body.member.add", "advisory_body_member/" + member.id(), null,
                role + " " + termStart + ".." + (termEnd == null ? "" : termEnd));
        return true;
    }

    /** Ends a member's term (resignation, end of mandate): they stay on record, no longer sitting. */
    @Transactional
    public boolean endTerm(long bodyId, long memberId, LocalDate on, String staff) {
        BodyMember member = members.findById(memberId).filter(m -> m.bodyId() == bodyId)
                .orElseThrow(() -> new BodyNotFoundException("advisory_body_member/" + memberId));
        LocalDate before = member.termEnd();
        boolean ended = member.endTerm(on);
        if (ended) {
            audit.record(staff, commune(), "body.member.end", "advisory_body_member/" + memberId,
                    before == null ? "sitting" : before.toString(), on.toString());
        }
        return ended;
    }

    @Transactional
    public void recordMeeting(long bodyId, LocalDate heldOn, LocalizedText title, LocalizedText minutes, String staff) {
        requireBody(bodyId);
        meetings.save(new BodyMeeting(bodyId, heldOn, title, minutes));
        audit.record(staff, commune(), "body.meeting", "advisory_body/" + bodyId, null, heldOn.toString());
    }

    @Transactional
    public long draftOpinion(long bodyId, LocalizedText title, LocalizedText text, LocalDate draftedOn, String staff) {
        requireBody(bodyId);
        AdvisoryOpinion opinion = opinions.save(new AdvisoryOpinion(bodyId, title, text, draftedOn));
        audit.record(staff, commune(), "opinion.draft", "advisory_opinion/" + opinion.id(), null, draftedOn.toString());
        return opinion.id();
    }

    @Transactional
    public boolean submit(long bodyId, long opinionId, LocalDate on, String staff) {
        AdvisoryOpinion opinion = opinionOf(bodyId, opinionId);
        return audited(opinion.submit(on), staff, opinion, OpinionStage.DRAFTED);
    }

    @Transactional
    public boolean recordAnswer(long bodyId, long opinionId, CouncilAnswer answer, LocalizedText reasons, LocalDate on,
                                String staff) {
        AdvisoryOpinion opinion = opinionOf(bodyId, opinionId);
        return audited(opinion.answer(answer, reasons, on), staff, opinion, OpinionStage.SUBMITTED);
    }

    @Transactional
    public boolean publish(long bodyId, long opinionId, LocalDate on, String staff) {
        AdvisoryOpinion opinion = opinionOf(bodyId, opinionId);
        return audited(opinion.publish(on), staff, opinion, OpinionStage.ANSWERED);
    }

    /** Counts for analytics, from the advisory_opinion_fact view. */
    @Transactional(readOnly = true)
    public Map<String, Object> facts(long bodyId) {
        requireBody(bodyId);
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        SELECT opinions, submitted, accepted, taken_into_account, rejected, sitting_members
                        FROM advisory_opinion_fact WHERE body_id = :id""")
                .setParameter("id", bodyId).getSingleResult();
        String[] names = {"opinions", "submitted", "accepted", "takenIntoAccount", "rejected", "sittingMembers"};
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("bodyId", bodyId);
        for (int i = 0; i < names.length; i++) {
            facts.put(names[i], ((Number) row[i]).longValue());
        }
        return facts;
    }

    private boolean audited(boolean changed, String staff, AdvisoryOpinion opinion, OpinionStage before) {
        if (changed) {
            audit.record(staff, commune(), "opinion." + opinion.stage().name().toLowerCase(java.util.Locale.ROOT),
                    "advisory_opinion/" + opinion.id(), before.name(), opinion.stage().name());
        }
        return changed;
    }

    private AdvisoryOpinion opinionOf(long bodyId, long opinionId) {
        return opinions.findById(opinionId).filter(o -> o.bodyId() == bodyId)
                .orElseThrow(() -> new BodyNotFoundException("advisory_opinion/" + opinionId));
    }

    private void requireBody(long bodyId) {
        if (!bodies.existsById(bodyId)) {
            throw new BodyNotFoundException("advisory_body/" + bodyId);
        }
    }

    private BodyView view(AdvisoryBody body) {
        LocalDate today = LocalDate.now(clock);
        List<BodyView.Member> memberViews = members.findByBodyIdOrderByTermEndDescRoleAscNameAsc(body.id()).stream()
                .map(m -> BodyView.Member.asOf(today, m.id(), m.name(), m.role(), m.termStart(), m.termEnd()))
                .sorted(Comparator.comparing((BodyView.Member m) -> !m.sitting())
                        .thenComparing(BodyView.Member::role).thenComparing(BodyView.Member::name))
                .toList();
        List<BodyView.Meeting> meetingViews = meetings.findByBodyIdOrderByHeldOnDesc(body.id()).stream()
                .map(m -> new BodyView.Meeting(m.heldOn(), m.title().values(), m.minutes().values())).toList();
        List<BodyView.Opinion> opinionViews = opinions.findByBodyIdOrderByDraftedOnDescIdDesc(body.id()).stream()
                .map(o -> new BodyView.Opinion(o.id(), o.title().values(), o.text().values(), o.stage(), o.draftedOn(),
                        o.submittedOn(), o.councilAnswer(), o.answerReasons().values(), o.answeredOn(), o.publishedOn()))
                .toList();
        return new BodyView(body.id(), body.kind(), body.name().values(), body.mandate().values(), body.createdOn(),
                memberViews, meetingViews, opinionViews);
    }

    private static String commune() {
        return CurrentCommune.require().slug();
    }
}
