package ma.mocharaka.portal.residence;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Residence checked by staff at the office: they see the card, type its number and, when the resident has an
 * account, its username, so the resident's online signatures carry the same CIN hash as paper ones.
 */
@Service
public class ResidenceVerification {

    private final VerifiedResidentRepository residents;
    private final CinFingerprints fingerprints;
    private final AuditTrail audit;
    private final Clock clock;

    ResidenceVerification(VerifiedResidentRepository residents, CinFingerprints fingerprints, AuditTrail audit,
                          Clock clock) {
        this.residents = residents;
        this.fingerprints = fingerprints;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records (or updates) a verified resident. A CIN already linked to another account is refused: one card is one
     * person, and moving it silently would let two accounts sign with one card.
     */
    @Transactional
    public ResidentView verifyAtOffice(String typedCin, String fullName, String username, String staff) {
        return verifyAtOffice(typedCin, fullName, username, null, staff);
    }

    /** The same, with the year of birth read on the card (null: not recorded, or keep the one recorded before). */
    @Transactional
    public ResidentView verifyAtOffice(String typedCin, String fullName, String username, Integer birthYear, String staff) {
        if (birthYear != null && (birthYear < 1900 || birthYear > Year.now(clock).getValue())) {
            throw new ResidenceRefused("petition.error.birthYear");
        }
        if (CinFingerprints.normalise(typedCin).isEmpty()) {
            throw new ResidenceRefused("petition.error.cin");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new ResidenceRefused("petition.error.fullName");
        }
        String account = username == null || username.isBlank() ? null : username.strip();
        CinFingerprints.Fingerprint cin = fingerprints.of(CurrentCommune.require(), typedCin);
        Optional<VerifiedResident> known = residents.findByCinHash(cin.hash());
        if (account != null) {
            residents.findByUsername(account)
                    .filter(other -> !other.cinHash().equals(cin.hash()))
                    .ifPresent(other -> {
                        throw new ResidenceRefused("petition.error.accountHasOtherCin");
                    });
        }
        VerifiedResident resident;
        if (known.isPresent()) {
            resident = known.get();
            if (resident.username() != null && account != null && !resident.username().equals(account)) {
                throw new ResidenceRefused("petition.error.cinHasOtherAccount");
            }
            resident.linkAccount(account != null ? account : resident.username(), fullName.strip(), staff);
        } else {
            resident = residents.saveAndFlush(new VerifiedResident(cin, fullName.strip(), account, staff));
        }
        resident.recordBirthYear(birthYear);
        audit.record(staff, CurrentCommune.require().slug(), "residence.verify", "verified_resident/" + resident.view().id(),
                null, "cin ***" + cin.lastThree() + (account == null ? "" : ", account " + account));
        return resident.view();
    }

    /**
     * Records a resident who matched the commune's imported electoral list with their CIN and full name. The same
     * rules as at the office: one card is one account, and an account keeps its card. A resident staff already
     * verified at the office keeps that stronger record; only the account is linked to it.
     */
    @Transactional
    public ResidentView verifyFromElectoralList(CinFingerprints.Fingerprint cin, String fullName, String username) {
        residents.findByUsername(username)
                .filter(other -> !other.cinHash().equals(cin.hash()))
                .ifPresent(other -> {
                    throw new ResidenceRefused("petition.error.accountHasOtherCin");
                });
        Optional<VerifiedResident> known = residents.findByCinHash(cin.hash());
        VerifiedResident resident;
        if (known.isPresent()) {
            resident = known.get();
            if (resident.username() != null && !resident.username().equals(username)) {
                throw new ResidenceRefused("petition.error.cinHasOtherAccount");
            }
            resident.linkFromElectoralList(username, fullName.strip());
        } else {
            resident = residents.saveAndFlush(VerifiedResident.fromElectoralList(cin, fullName.strip(), username));
        }
        // The audit names the record and the card's last three characters, not the account.
        audit.record(VerifiedResident.ELECTORAL_LIST_VERIFIER, CurrentCommune.require().slug(), "residence.electoral-match",
                "verified_resident/" + resident.view().id(), null, "cin ***" + cin.lastThree());
        return resident.view();
    }

    /** The CIN fingerprint of a signed-in resident, if staff verified them. */
    @Transactional(readOnly = true)
    public Optional<CinFingerprints.Fingerprint> fingerprintOf(String username) {
        return residents.findByUsername(username)
                .map(resident -> new CinFingerprints.Fingerprint(resident.cinHash(), resident.cinLast3()));
    }

    /** A signed-in resident as a vote needs them: their CIN fingerprint and, if recorded, their year of birth. */
    @Transactional(readOnly = true)
    public Optional<VerifiedPerson> verifiedPerson(String username) {
        return residents.findByUsername(username).map(ResidenceVerification::person);
    }

    /** The verified resident holding the typed card, for paper ballots typed by staff; empty if not verified. */
    @Transactional(readOnly = true)
    public Optional<VerifiedPerson> verifiedPersonByCin(String typedCin) {
        if (CinFingerprints.normalise(typedCin).isEmpty()) {
            return Optional.empty();
        }
        return residents.findByCinHash(fingerprints.of(CurrentCommune.require(), typedCin).hash())
                .map(ResidenceVerification::person);
    }

    private static VerifiedPerson person(VerifiedResident resident) {
        return new VerifiedPerson(new CinFingerprints.Fingerprint(resident.cinHash(), resident.cinLast3()),
                resident.birthYear());
    }

    /**
     * The verified residents with an account, as a relation another module's single statement may join (for a
     * {@link ma.mocharaka.platform.tenancy.CommuneStatements} statement): columns {@code username}, {@code cin_hash},
     * {@code cin_last3}, {@code birth_year}, one row per account. What a vote may know, as {@link VerifiedPerson}.
     */
    public static final String VERIFIED_ACCOUNTS_SQL = """
            (SELECT username, cin_hash, cin_last3, birth_year FROM {commune}.verified_resident WHERE username IS NOT NULL)""";

    /** What a vote may know of a verified resident: never the CIN, never the name. */
    public record VerifiedPerson(CinFingerprints.Fingerprint cin, Integer birthYear) {
    }

    @Transactional(readOnly = true)
    public List<ResidentView> recent() {
        return residents.findTop50ByOrderByVerifiedAtDesc().stream().map(VerifiedResident::view).toList();
    }
}
