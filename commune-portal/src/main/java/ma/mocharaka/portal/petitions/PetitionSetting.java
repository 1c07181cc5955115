package ma.mocharaka.portal.petitions;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The commune's own signature threshold, when it set one; a single row. */
@Entity
@Table(name = "petition_setting")
class PetitionSetting {

    static final short THE_ONLY_ROW = 1;

    @Id
    private Short id;

    @Column(name = "signature_threshold")
    private Integer signatureThreshold;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected PetitionSetting() {
    }

    PetitionSetting(Integer signatureThreshold, String updatedBy) {
        this.id = THE_ONLY_ROW;
        change(signatureThreshold, updatedBy);
    }

    void change(Integer signatureThreshold, String updatedBy) {
        this.signatureThreshold = signatureThreshold;
        this.updatedBy = updatedBy;
        this.updatedAt = OffsetDateTime.now();
    }

    Integer signatureThreshold() {
        return signatureThreshold;
    }
}
