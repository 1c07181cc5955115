package ma.mocharaka.portal.residence;

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

    ResidenceVerification(VerifiedResidentRepository residents, CinFingerprints fingerprints, AuditTrail audit) {
        this.residents = residents;
        this.fingerprints = fingerprints;
        this.audit = audit;
    }

    /**
     * Records (or updates) a verified resident. A CIN already linked to another account is refused: one card is one
     * person, and moving it silently would let two accounts sign with one card.
     */
    @Transactional
    public ResidentView verifyAtOffice(String typedCin, String fullName, String username, String staff) {
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
        audit.record(staff, CurrentCommune.require().slug(), "residence.verify", "verified_resident/" + resident.view().id(),
                null, "cin ***" + cin.lastThree() + (account == null ? "" : ", account " + account));
        return resident.view();
    }

    /** The CIN fingerprint of a signed-in resident, if staff verified them. */
    @Transactional(readOnly = true)
    public Optional<CinFingerprints.Fingerprint> fingerprintOf(String username) {
        return residents.findByUsername(username)
                .map(resident -> new CinFingerprints.Fingerprint(resident.cinHash(), resident.cinLast3()));
    }

    @Transactional(readOnly = true)
    public List<ResidentView> recent() {
        return residents.findTop50ByOrderByVerifiedAtDesc().stream().map(VerifiedResident::view).toList();
    }
}
