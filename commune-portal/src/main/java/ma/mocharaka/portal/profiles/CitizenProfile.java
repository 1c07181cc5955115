package ma.mocharaka.portal.profiles;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ma.mocharaka.portal.inclusion.AgeBand;
import ma.mocharaka.portal.inclusion.Gender;
import ma.mocharaka.portal.inclusion.InclusionAnswers;

/** A citizen's profile in this commune. Inclusion answers exist only while consent does (checked by the schema). */
@Entity
@Table(name = "citizen_profile")
class CitizenProfile {

    @Id
    private String account;

    @Column(name = "residence_commune")
    private String residenceCommune;

    private String neighbourhood;

    @Column(name = "inclusion_consent", nullable = false)
    private boolean inclusionConsent;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;

    private Boolean disability;

    @Column(name = "consent_given_at")
    private Instant consentGivenAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CitizenProfile() {
    }

    CitizenProfile(String account) {
        this.account = account;
    }

    void update(String residenceCommune, String neighbourhood, InclusionAnswers answers, Instant now) {
        this.residenceCommune = blankToNull(residenceCommune);
        this.neighbourhood = blankToNull(neighbourhood);
        if (answers.consent()) {
            if (!inclusionConsent) {
                consentGivenAt = now;
            }
            inclusionConsent = true;
            gender = answers.gender();
            ageBand = answers.ageBand();
            disability = answers.disability();
        } else {
            withdrawConsent();
        }
        updatedAt = now;
    }

    /** Withdrawing consent erases the answers, not just hides them. */
    void withdrawConsent() {
        inclusionConsent = false;
        gender = null;
        ageBand = null;
        disability = null;
        consentGivenAt = null;
    }

    String residenceCommune() {
        return residenceCommune;
    }

    String neighbourhood() {
        return neighbourhood;
    }

    Instant consentGivenAt() {
        return consentGivenAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    InclusionAnswers answers() {
        return new InclusionAnswers(inclusionConsent, gender, ageBand, disability);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
