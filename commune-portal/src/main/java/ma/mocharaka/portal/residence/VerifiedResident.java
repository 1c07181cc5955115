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

    void linkAccount(String username, String fullName, String verifiedBy) {
        this.username = username;
        this.fullName = fullName;
        this.verifiedBy = verifiedBy;
        this.verifiedAt = OffsetDateTime.now();
    }
}
