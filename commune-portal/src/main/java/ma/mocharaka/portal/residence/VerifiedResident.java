package ma.mocharaka.portal.residence;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resident whose identity and residence staff checked at the commune office. */
@Entity
@Table(name = "verified_resident")
class VerifiedResident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cin_hash", nullable = false, updatable = false)
    private String cinHash;

    @Column(name = "cin_last3", nullable = false, updatable = false)
    private String cinLast3;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "username")
    private String username;

    @Column(name = "verified_by", nullable = false)
    private String verifiedBy;

    @Column(name = "verified_at", nullable = false)
    private OffsetDateTime verifiedAt;

    /** {@code OFFICE} (staff saw the card) or {@code ELECTORAL_LIST} (the citizen matched the imported list). */
    @Column(name = "method", nullable = false)
    private String method = OFFICE;

    static final String OFFICE = "OFFICE";
    static final String ELECTORAL_LIST = "ELECTORAL_LIST";
    /** As read on the card by staff; null when not recorded. Only a minimum voting age needs it. */
    @Column(name = "birth_year")
    private Integer birthYear;

    protected VerifiedResident() {
    }

    VerifiedResident(CinFingerprints.Fingerprint cin, String fullName, String username, String verifiedBy) {
        this.cinHash = cin.hash();
        this.cinLast3 = cin.lastThree();
        this.fullName = fullName;
        this.username = username;
        this.verifiedBy = verifiedBy;
        this.verifiedAt = OffsetDateTime.now();
    }

    ResidentView view() {
        return new ResidentView(id, fullName, cinLast3, username, verifiedBy, verifiedAt);
    }

    String cinHash() {
        return cinHash;
    }

    String cinLast3() {
        return cinLast3;
    }

    String username() {
        return username;
    }

    Integer birthYear() {
        return birthYear;
    }

    /** Null keeps what was recorded before: a later visit that does not ask for the year does not forget it. */
    void recordBirthYear(Integer birthYear) {
        if (birthYear != null) {
            this.birthYear = birthYear;
        }
    }

    void linkAccount(String username, String fullName, String verifiedBy) {
        this.username = username;
        this.fullName = fullName;
        this.verifiedBy = verifiedBy;
        this.verifiedAt = OffsetDateTime.now();
        this.method = OFFICE;
    }

    /** A match against the electoral list; a check staff made at the office is stronger and is not replaced. */
    void linkFromElectoralList(String username, String fullName) {
        this.username = username;
        // The typed name matched the list, so it is the person's name as the list writes it.
        this.fullName = fullName;
        if (!OFFICE.equals(method)) {
            this.verifiedBy = ELECTORAL_LIST_VERIFIER;
            this.verifiedAt = OffsetDateTime.now();
        }
    }

    static final String ELECTORAL_LIST_VERIFIER = "electoral-list";

    static VerifiedResident fromElectoralList(CinFingerprints.Fingerprint cin, String fullName, String username) {
        VerifiedResident resident = new VerifiedResident(cin, fullName, username, ELECTORAL_LIST_VERIFIER);
        resident.method = ELECTORAL_LIST;
        return resident;
    }

    String method() {
        return method;
    }
}
