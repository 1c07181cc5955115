package ma.mocharaka.portal.consultations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * The current commune's consultations on drafts. The open window is checked here, on the commune's calendar, for
 * every contribution and support: a page left open past the closing day cannot slip one in.
 */
@Service
public class Consultations {

    private final ConsultationRepository consultations;
    private final ConsultationSectionRepository sections;
    private final ContributionRepository contributions;
    private final AuditTrail audit;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    Consultations(ConsultationRepository consultations, ConsultationSectionRepository sections,
                  ContributionRepository contributions, AuditTrail audit, Clock clock) {
        this.consultations = consultations;
        this.sections = sections;
        this.contributions = contributions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long publish(ConsultationDraft draft, String staff) {
        Consultation consultation = consultations.save(new Consultation(draft, staff));
        for (int position = 0; position < draft.sections().size(); position++) {
            ConsultationDraft.Section section = draft.sections().get(position);
            sections.save(new ConsultationSection(consultation.id(), position, section.title(), section.body()));
        }
        audit.record(staff, commune(), "consultation.publish", "consultation/" + consultation.id(), null,
                draft.opensOn() + ".." + draft.closesOn());
        return consultation.id();
    }

    /**
     * Corrects a published consultation before it opens: title, summary, window and sections. Nobody could have
     * contributed yet (the window is enforced), so the sections are replaced whole.
     */
    @Transactional
    public RevisionOutcome revise(long consultationId, ConsultationDraft draft, String staff) {
        Consultation consultation = consultations.lockForChange(consultationId)
                .orElseThrow(() -> notFound("consultation/" + consultationId));
        LocalDate today = today();
        if (consultation.stateOn(today) != ConsultationState.UPCOMING) {
            return RevisionOutcome.NOT_UPCOMING;
        }
        if (draft.opensOn().isBefore(today)) {
            return RevisionOutcome.OPENS_IN_THE_PAST;
        }
        String before = consultation.opensOn() + ".." + consultation.closesOn();
        consultation.revise(draft);
        List<ConsultationSection> old = sections.findByConsultationIdOrderByPosition(consultationId);
        sections.deleteAll(old);
        sections.flush();
        for (int position = 0; position < draft.sections().size(); position++) {
            ConsultationDraft.Section section = draft.sections().get(position);
            sections.save(new ConsultationSection(consultationId, position, section.title(), section.body()));
        }
        audit.record(staff, commune(), "consultation.revise", "consultation/" + consultationId, before,
                draft.opensOn() + ".." + draft.closesOn() + " sections=" + draft.sections().size());
        return RevisionOutcome.DONE;
    }

    /** Once open, only the summary and the closing day change (e.g. to extend the window); never to a past day. */
    @Transactional
    public RevisionOutcome reviseWhileOpen(long consultationId, LocalizedText summary, LocalDate closesOn, String staff) {
        Consultation consultation = consultations.lockForChange(consultationId)
                .orElseThrow(() -> notFound("consultation/" + consultationId));
        LocalDate today = today();
        if (consultation.stateOn(today) != ConsultationState.OPEN) {
            return RevisionOutcome.NOT_OPEN;
        }
        if (closesOn.isBefore(today)) {
            return RevisionOutcome.CLOSES_IN_THE_PAST;
        }
        String before = "closes " + consultation.closesOn();
        consultation.reviseWhileOpen(summary, closesOn);
        audit.record(staff, commune(), "consultation.revise-open", "consultation/" + consultationId, before,
                "closes " + closesOn);
        return RevisionOutcome.DONE;
    }

    @Transactional(readOnly = true)
    public List<ConsultationView> all() {
        return consultations.findAllByOrderByOpensOnDesc().stream().map(c -> view(c, null, false)).toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return consultations.count();
    }

    /** With its sections and contributions as {@code viewer} (null when signed out) sees them. */
    @Transactional(readOnly = true)
    public ConsultationView find(long id, String viewer) {
        return view(consultations.findById(id).orElseThrow(() -> notFound("consultation/" + id)), viewer, true);
    }

    @Transactional
    public ContributionOutcome contribute(long consultationId, long sectionId, ContributionKind kind, String body,
                                          String author) {
        Consultation consultation = consultations.lockForContribution(consultationId)
                .orElseThrow(() -> notFound("consultation/" + consultationId));
        ConsultationSection section = sections.findById(sectionId)
                .filter(s -> s.consultationId().equals(consultationId))
                .orElseThrow(() -> notFound("section/" + sectionId));
        if (!consultation.isOpenOn(today())) {
            return ContributionOutcome.NOT_OPEN;
        }
        contributions.save(new Contribution(section.id(), kind, author, body.strip(), Instant.now()));
        return ContributionOutcome.SUBMITTED;
    }

    @Transactional
    public ContributionOutcome support(long consultationId, long contributionId, String supporter) {
        Consultation consultation = consultations.lockForContribution(consultationId)
                .orElseThrow(() -> notFound("consultation/" + consultationId));
        Contribution contribution = contributionOf(consultationId, contributionId);
        if (!consultation.isOpenOn(today())) {
            return ContributionOutcome.NOT_OPEN;
        }
        if (contribution.kind() != ContributionKind.PROPOSAL || contribution.isHidden()) {
            return ContributionOutcome.NOT_SUPPORTABLE;
        }
        if (contribution.author().equals(supporter)) {
            return ContributionOutcome.OWN_CONTRIBUTION;
        }
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO consultation_support (contribution_id, supporter) VALUES (:contribution, :supporter)
                        ON CONFLICT ON CONSTRAINT consultation_support_once DO NOTHING""")
                .setParameter("contribution", contributionId)
                .setParameter("supporter", supporter)
                .executeUpdate();
        return inserted == 1 ? ContributionOutcome.SUPPORTED : ContributionOutcome.ALREADY_SUPPORTED;
    }

    /** Hides a contribution with a reason shown in its place. The text stays in the database for any appeal. */
    @Transactional
    public void hide(long consultationId, long contributionId, String reason, String moderator) {
        Contribution contribution = contributionOf(consultationId, contributionId);
        if (contribution.isHidden()) {
            return;
        }
        contribution.hide(reason.strip(), moderator, Instant.now());
        audit.record(moderator, commune(), "consultation.hide", "consultation_contribution/" + contributionId,
                "visible", "hidden: " + reason.strip());
    }

    @Transactional
    public StepOutcome publishSynthesis(long consultationId, LocalizedText synthesis, String staff) {
        Consultation consultation = consultations.lockForChange(consultationId)
                .orElseThrow(() -> notFound("consultation/" + consultationId));
        LocalDate today = today();
        if (!today.isAfter(consultation.closesOn())) {
            return StepOutcome.STILL_OPEN;
        }
        if (consultation.synthesisedOn() != null || consultation.approvedOn() != null) {
            return StepOutcome.ALREADY_DONE;
        }
        consultation.publishSynthesis(synthesis, today);
        audit.record(staff, commune(), "consultation.synthesis", "consultation/" + consultationId, "CLOSED",
                "SYNTHESISED");
        return StepOutcome.DONE;
    }

    /** The council's approval, on the day of its session: after the window closed and not in the future. */
    @Transactional
    public StepOutcome recordApproval(long consultationId, LocalDate approvedOn, LocalizedText finalText, String staff) {
        Consultation consultation = consultations.lockForChange(consultationId)
                .orElseThrow(() -> notFound("consultation/" + consultationId));
        if (!today().isAfter(consultation.closesOn()) && !today().isEqual(consultation.closesOn())) {
            return StepOutcome.STILL_OPEN;
        }
        if (consultation.approvedOn() != null) {
            return StepOutcome.ALREADY_DONE;
        }
        if (approvedOn.isBefore(consultation.closesOn()) || approvedOn.isAfter(today())) {
            return StepOutcome.DATE_OUT_OF_RANGE;
        }
        ConsultationState before = consultation.stateOn(today());
        consultation.recordApproval(approvedOn, finalText);
        audit.record(staff, commune(), "consultation.approval", "consultation/" + consultationId, before.name(),
                "APPROVED " + approvedOn);
        return StepOutcome.DONE;
    }

    /** Counts for analytics, from the consultation_participation_fact view. */
    @Transactional(readOnly = true)
    public Map<String, Object> facts(long consultationId) {
        consultations.findById(consultationId).orElseThrow(() -> notFound("consultation/" + consultationId));
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        SELECT consultation_id, document_kind, contributions, proposals, hidden, contributors, supports
                        FROM consultation_participation_fact WHERE consultation_id = :id""")
                .setParameter("id", consultationId).getSingleResult();
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("consultationId", ((Number) row[0]).longValue());
        facts.put("documentKind", row[1]);
        facts.put("contributions", ((Number) row[2]).longValue());
        facts.put("proposals", ((Number) row[3]).longValue());
        facts.put("hidden", ((Number) row[4]).longValue());
        facts.put("contributors", ((Number) row[5]).longValue());
        facts.put("supports", ((Number) row[6]).longValue());
        return facts;
    }

    private Contribution contributionOf(long consultationId, long contributionId) {
        Contribution contribution = contributions.findById(contributionId)
                .orElseThrow(() -> notFound("contribution/" + contributionId));
        boolean belongs = sections.findById(contribution.sectionId())
                .map(s -> s.consultationId().equals(consultationId)).orElse(false);
        if (!belongs) {
            throw notFound("contribution/" + contributionId);
        }
        return contribution;
    }

    private ConsultationView view(Consultation consultation, String viewer, boolean withSections) {
        List<ConsultationView.Section> shownSections = List.of();
        if (withSections) {
            List<ConsultationSection> parts = sections.findByConsultationIdOrderByPosition(consultation.id());
            List<Contribution> all = parts.isEmpty() ? List.of()
                    : contributions.findBySectionIdInOrderByCreatedAtAscIdAsc(parts.stream().map(ConsultationSection::id).toList());
            Map<Long, Long> supportCounts = supportCounts(consultation.id());
            Set<Long> supportedByViewer = viewer == null ? Set.of() : supportedBy(consultation.id(), viewer);
            shownSections = parts.stream().map(section -> new ConsultationView.Section(section.id(),
                    section.title().values(), section.body().values(),
                    all.stream().filter(c -> c.sectionId().equals(section.id()))
                            .map(c -> new ConsultationView.ContributionView(c.id(), c.kind(),
                                    c.isHidden() ? null : c.body(), c.hiddenReason(),
                                    supportCounts.getOrDefault(c.id(), 0L), supportedByViewer.contains(c.id()),
                                    viewer != null && viewer.equals(c.author())))
                            .toList()))
                    .toList();
        }
        LocalDate today = today();
        return new ConsultationView(consultation.id(), consultation.documentKind(), consultation.title().values(),
                consultation.summary().values(), consultation.opensOn(), consultation.closesOn(),
                consultation.stateOn(today), consultation.isOpenOn(today), consultation.synthesis().values(),
                consultation.synthesisedOn(), consultation.approvedOn(), consultation.finalText().values(),
                shownSections);
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Long> supportCounts(long consultationId) {
        Map<Long, Long> counts = new HashMap<>();
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT s.contribution_id, count(*) FROM consultation_support s
                        JOIN consultation_contribution k ON k.id = s.contribution_id
                        JOIN consultation_section x ON x.id = k.section_id
                        WHERE x.consultation_id = :id GROUP BY s.contribution_id""")
                .setParameter("id", consultationId).getResultList();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    @SuppressWarnings("unchecked")
    private Set<Long> supportedBy(long consultationId, String viewer) {
        List<Number> ids = entityManager.createNativeQuery("""
                        SELECT s.contribution_id FROM consultation_support s
                        JOIN consultation_contribution k ON k.id = s.contribution_id
                        JOIN consultation_section x ON x.id = k.section_id
                        WHERE x.consultation_id = :id AND s.supporter = :viewer""")
                .setParameter("id", consultationId).setParameter("viewer", viewer).getResultList();
        Set<Long> supported = new HashSet<>();
        ids.forEach(id -> supported.add(id.longValue()));
        return supported;
    }

    /** The window is announced in the commune's days ("from Monday 22 January to Monday 12 February 2024"). */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String commune() {
        return CurrentCommune.require().slug();
    }

    private static ConsultationNotFoundException notFound(String what) {
        return new ConsultationNotFoundException(what);
    }
}
