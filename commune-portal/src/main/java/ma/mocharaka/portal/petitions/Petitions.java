package ma.mocharaka.portal.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.residence.CinFingerprints;
import ma.mocharaka.portal.residence.ResidenceVerification;

/** Petitions of the current commune, from the committee's draft to the council's decision. */
@Service
public class Petitions {

    private final PetitionRepository petitions;
    private final PetitionEventRepository events;
    private final PetitionSettingRepository settings;
    private final PetitionSignatures signatures;
    private final ResidenceVerification residence;
    private final CinFingerprints fingerprints;
    private final AuditTrail audit;
    private final Clock clock;

    Petitions(PetitionRepository petitions, PetitionEventRepository events, PetitionSettingRepository settings,
              PetitionSignatures signatures, ResidenceVerification residence, CinFingerprints fingerprints,
              AuditTrail audit, Clock clock) {
        this.petitions = petitions;
        this.events = events;
        this.settings = settings;
        this.signatures = signatures;
        this.residence = residence;
        this.fingerprints = fingerprints;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in Morocco, from the platform's clock: a step dated later than this is refused. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public SignatureThreshold threshold() {
        int lawDefault = SignatureThreshold.lawDefault(CurrentCommune.require());
        return settings.findById(PetitionSetting.THE_ONLY_ROW)
                .map(PetitionSetting::signatureThreshold)
                .filter(java.util.Objects::nonNull)
                .map(own -> new SignatureThreshold(own, lawDefault, true))
                .orElse(new SignatureThreshold(lawDefault, lawDefault, false));
    }

    /** Sets the commune's own threshold, or goes back to the law's default with null. Running petitions keep theirs. */
    @Transactional
    public SignatureThreshold setThreshold(Integer threshold, String actor) {
        if (threshold != null && (threshold < 1 || threshold > 100_000)) {
            throw new PetitionRefused("petition.error.threshold");
        }
        SignatureThreshold before = threshold();
        settings.findById(PetitionSetting.THE_ONLY_ROW).ifPresentOrElse(
                setting -> setting.change(threshold, actor),
                () -> settings.save(new PetitionSetting(threshold, actor)));
        audit.record(actor, slug(), "petition.threshold", "petition_setting/1", String.valueOf(before.value()),
                String.valueOf(threshold));
        return threshold();
    }

    @Transactional
    public PetitionView draft(PetitionDraft draft, String actor, LocalDate on) {
        if (draft.kind() == PetitionKind.ASSOCIATION) {
            checkAssociation(draft, on);
        }
        Petition petition = petitions.saveAndFlush(new Petition(draft, actor));
        record(petition, on, null, actor, "petition.draft");
        return view(petition);
    }

    /** Art. 122: constituted more than three years ago, in good standing, seated in the commune, on the subject. */
    private static void checkAssociation(PetitionDraft draft, LocalDate on) {
        if (draft.associationName() == null || draft.associationName().isBlank()) {
            throw new PetitionRefused("petition.error.associationName");
        }
        if (draft.associationFoundedOn() == null || !draft.associationFoundedOn().isBefore(on.minusYears(3))) {
            throw new PetitionRefused("petition.error.associationAge");
        }
        if (!draft.associationInGoodStanding() || !draft.associationSeatInCommune() || !draft.associationActivityRelated()) {
            throw new PetitionRefused("petition.error.associationConditions");
        }
    }

    @Transactional
    public PetitionView openForSignatures(long id, String actor, LocalDate on) {
        Petition petition = load(id);
        checkDate(petition, on);
        petition.openForSignatures(threshold().value());
        record(petition, on, null, actor, "petition.open");
        return view(petition);
    }

    /** A signed-in resident signs; staff must have verified their residence first. */
    @Transactional
    public SignOutcome signOnline(long id, String username) {
        Petition petition = load(id);
        if (petition.status() != PetitionStatus.COLLECTING) {
            throw new PetitionRefused("petition.error.notCollecting");
        }
        CinFingerprints.Fingerprint cin = residence.fingerprintOf(username)
                .orElseThrow(() -> new PetitionRefused("petition.error.notVerified"));
        return signatures.add(id, cin, "ONLINE", username, username) ? SignOutcome.SIGNED : SignOutcome.ALREADY_SIGNED;
    }

    /** Staff type the lines of a paper sheet, one "CIN" per line; each person counts once, online or on paper. */
    @Transactional
    public PaperSheetResult enterPaperSheet(long id, String sheet, String staff) {
        Petition petition = load(id);
        if (petition.status() != PetitionStatus.COLLECTING) {
            throw new PetitionRefused("petition.error.notCollecting");
        }
        Commune commune = CurrentCommune.require();
        List<String> lines = sheet == null ? List.of()
                : sheet.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<String> unreadable = lines.stream().filter(line -> CinFingerprints.normalise(line).isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new PetitionRefused("petition.error.paperEmpty");
        }
        if (!unreadable.isEmpty()) {
            // Nothing is half-entered: the sheet goes back to staff, as typed, with the lines to correct.
            throw new PetitionRefused("petition.error.paperLines", String.join(", ", unreadable));
        }
        int added = 0;
        List<String> duplicates = new java.util.ArrayList<>();
        for (String line : lines) {
            CinFingerprints.Fingerprint cin = fingerprints.of(commune, line);
            if (signatures.add(id, cin, "PAPER", null, staff)) {
                added++;
            } else {
                duplicates.add("***" + cin.lastThree());
            }
        }
        audit.record(staff, slug(), "petition.paper", "petition/" + id, null,
                added + " added, " + duplicates.size() + " duplicates");
        return new PaperSheetResult(added, duplicates);
    }

    @Transactional
    public PetitionView submit(long id, String actor, LocalDate on) {
        Petition petition = load(id);
        checkDate(petition, on);
        long count = signatures.count(id);
        if (petition.status() == PetitionStatus.COLLECTING && count < petition.signatureThreshold()) {
            throw new PetitionRefused("petition.error.belowThreshold", count, petition.signatureThreshold());
        }
        String receipt = "%s-P-%d-%04d".formatted(slug().toUpperCase(java.util.Locale.ROOT), on.getYear(), id);
        petition.submit(receipt, on);
        record(petition, on, receipt, actor, "petition.submit");
        return view(petition);
    }

    @Transactional
    public PetitionView declareAdmissible(long id, String committee, String actor, LocalDate on) {
        if (committee == null || committee.isBlank()) {
            throw new PetitionRefused("petition.error.committee");
        }
        Petition petition = load(id);
        checkDate(petition, on);
        petition.admit(committee.strip(), on);
        record(petition, on, committee.strip(), actor, "petition.admit");
        return view(petition);
    }

    @Transactional
    public PetitionView reject(long id, String reason, String actor, LocalDate on) {
        if (reason == null || reason.isBlank()) {
            throw new PetitionRefused("petition.error.reason");
        }
        Petition petition = load(id);
        checkDate(petition, on);
        petition.reject(reason.strip(), on);
        record(petition, on, reason.strip(), actor, "petition.reject");
        return view(petition);
    }

    @Transactional
    public PetitionView decide(long id, boolean accepted, String note, String actor, LocalDate on) {
        Petition petition = load(id);
        checkDate(petition, on);
        // The council decides in the session the petition was put on, not before it opens.
        if (petition.session() != null && on.isBefore(petition.session().atDay(1))) {
            throw new PetitionRefused("petition.error.beforeSession",
                    petition.session().atDay(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        petition.decide(accepted, note == null || note.isBlank() ? null : note.strip(), on);
        record(petition, on, petition.decisionReason(), actor, "petition.decide");
        return view(petition);
    }

    @Transactional(readOnly = true)
    public List<PetitionView> all() {
        return petitions.findAllByOrderByIdDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<PetitionView> overdue() {
        return all().stream().filter(PetitionView::overdue).toList();
    }

    @Transactional(readOnly = true)
    public PetitionView find(long id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public boolean hasSigned(long id, String username) {
        return residence.fingerprintOf(username).map(cin -> signatures.hasSigned(id, cin.hash())).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean isVerified(String username) {
        return residence.fingerprintOf(username).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean anyCreatedBy(String actor) {
        return petitions.existsByCreatedBy(actor);
    }

    private Petition load(long id) {
        return petitions.findById(id).orElseThrow(PetitionNotFound::new);
    }

    /** A step cannot be dated in the future nor before the step it follows, or the clocks would lie. */
    private void checkDate(Petition petition, LocalDate on) {
        if (on == null || on.isAfter(today())) {
            throw new PetitionRefused("petition.error.date");
        }
        List<PetitionEvent> history = events.findByPetitionIdOrderByHappenedOnAscIdAsc(petition.id());
        if (!history.isEmpty() && on.isBefore(history.getLast().happenedOn())) {
            throw new PetitionRefused("petition.error.dateBeforeLastStep");
        }
    }

    private void record(Petition petition, LocalDate on, String note, String actor, String action) {
        petitions.flush();
        events.save(new PetitionEvent(petition.id(), petition.status(), on, note, actor));
        audit.record(actor, slug(), action, "petition/" + petition.id(), null,
                petition.status() + (note == null ? "" : ": " + note));
    }

    private PetitionView view(Petition petition) {
        long id = petition.id();
        LocalDate due = petition.submittedOn() == null ? null : PetitionClock.answerDueOn(petition.submittedOn());
        return new PetitionView(id, petition.kind(), petition.status(), petition.title().values(),
                petition.body().values(), petition.representativeName(), petition.deputyName(),
                petition.associationName(), petition.associationFoundedOn(), signatures.count(id),
                petition.signatureThreshold(), petition.receiptNumber(), petition.submittedOn(), due,
                petition.session(), petition.committee(), petition.decisionOn(), petition.decisionReason(),
                PetitionClock.isOverdue(petition.status(), petition.submittedOn(), petition.session(), today()),
                events.findByPetitionIdOrderByHappenedOnAscIdAsc(id).stream().map(PetitionEvent::view).toList());
    }

    private static String slug() {
        return CurrentCommune.require().slug();
    }

    public enum SignOutcome {
        SIGNED, ALREADY_SIGNED
    }

    public record PaperSheetResult(int added, List<String> duplicates) {
    }
}
