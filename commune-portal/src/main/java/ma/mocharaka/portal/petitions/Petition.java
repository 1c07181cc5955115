package ma.mocharaka.portal.petitions;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * A petition to the council, in the commune's own schema. Each transition checks the state it starts from; the
 * version column makes two staff members acting at once fail instead of overwriting each other.
 */
@Entity
@Table(name = "petition")
class Petition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PetitionKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> body;

    @Column(name = "representative_name", nullable = false)
    private String representativeName;

    @Column(name = "deputy_name", nullable = false)
    private String deputyName;

    @Column(name = "association_name")
    private String associationName;

    @Column(name = "association_founded_on")
    private LocalDate associationFoundedOn;

    @Column(name = "association_in_good_standing")
    private Boolean associationInGoodStanding;

    @Column(name = "association_seat_in_commune")
    private Boolean associationSeatInCommune;

    @Column(name = "association_activity_related")
    private Boolean associationActivityRelated;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PetitionStatus status;

    @Column(name = "signature_threshold")
    private Integer signatureThreshold;

    @Column(name = "receipt_number")
    private String receiptNumber;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "admissibility_on")
    private LocalDate admissibilityOn;

    @Column(name = "session_month")
    private LocalDate sessionMonth;

    private String committee;

    @Column(name = "decision_on")
    private LocalDate decisionOn;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected Petition() {
    }

    Petition(PetitionDraft draft, String createdBy) {
        this.kind = draft.kind();
        this.title = draft.title().values();
        this.body = draft.body().values();
        this.representativeName = draft.representativeName().strip();
        this.deputyName = draft.deputyName().strip();
        if (kind == PetitionKind.ASSOCIATION) {
            this.associationName = draft.associationName().strip();
            this.associationFoundedOn = draft.associationFoundedOn();
            this.associationInGoodStanding = draft.associationInGoodStanding();
            this.associationSeatInCommune = draft.associationSeatInCommune();
            this.associationActivityRelated = draft.associationActivityRelated();
        }
        this.status = PetitionStatus.DRAFT;
        this.createdBy = createdBy;
    }

    void openForSignatures(int threshold) {
        require(PetitionStatus.DRAFT);
        this.signatureThreshold = threshold;
        this.status = PetitionStatus.COLLECTING;
    }

    void submit(String receiptNumber, LocalDate on) {
        require(PetitionStatus.COLLECTING);
        this.receiptNumber = receiptNumber;
        this.submittedOn = on;
        this.status = PetitionStatus.SUBMITTED;
    }

    void admit(String committee, LocalDate on) {
        require(PetitionStatus.SUBMITTED);
        this.committee = committee;
        this.admissibilityOn = on;
        this.sessionMonth = PetitionClock.nextOrdinarySession(on).atDay(1);
        this.status = PetitionStatus.ON_AGENDA;
    }

    void reject(String reason, LocalDate on) {
        require(PetitionStatus.SUBMITTED);
        this.admissibilityOn = on;
        this.decisionOn = on;
        this.decisionReason = reason;
        this.status = PetitionStatus.REJECTED;
    }

    void decide(boolean accepted, String note, LocalDate on) {
        require(PetitionStatus.ON_AGENDA);
        this.decisionOn = on;
        this.decisionReason = note;
        this.status = accepted ? PetitionStatus.ACCEPTED : PetitionStatus.DECLINED;
    }

    private void require(PetitionStatus expected) {
        if (status != expected) {
            throw new PetitionRefused("petition.error.wrongStatus");
        }
    }

    Long id() {
        return id;
    }

    PetitionKind kind() {
        return kind;
    }

    LocalizedText title() {
        return new LocalizedText(title);
    }

    LocalizedText body() {
        return new LocalizedText(body);
    }

    String representativeName() {
        return representativeName;
    }

    String deputyName() {
        return deputyName;
    }

    String associationName() {
        return associationName;
    }

    LocalDate associationFoundedOn() {
        return associationFoundedOn;
    }

    PetitionStatus status() {
        return status;
    }

    Integer signatureThreshold() {
        return signatureThreshold;
    }

    String receiptNumber() {
        return receiptNumber;
    }

    LocalDate submittedOn() {
        return submittedOn;
    }

    LocalDate admissibilityOn() {
        return admissibilityOn;
    }

    YearMonth session() {
        return sessionMonth == null ? null : YearMonth.from(sessionMonth);
    }

    String committee() {
        return committee;
    }

    LocalDate decisionOn() {
        return decisionOn;
    }

    String decisionReason() {
        return decisionReason;
    }
}
