package ma.mocharaka.portal.information;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A request for information in the commune's schema. It is inserted by {@link InfoRequestInserts} (so one form
 * posted many times files once); its transitions check the state they start from, and the version column makes
 * two staff members answering at once fail instead of overwriting each other.
 */
@Entity
@Table(name = "info_request")
class InfoRequest {

    @Id
    private Long id;

    @Column(name = "tracking_code", insertable = false, updatable = false)
    private String trackingCode;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    private Channel channel;

    @Column(name = "requester_account")
    private String requesterAccount;

    @Column(name = "requester_name")
    private String requesterName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_address")
    private String contactAddress;

    @Column(name = "cin_hash")
    private String cinHash;

    @Column(name = "cin_last3")
    private String cinLast3;

    @Column(insertable = false, updatable = false)
    private String subject;

    @Column
    private String details;

    @Column(insertable = false, updatable = false)
    private boolean urgent;

    @Column(name = "urgent_reason", insertable = false, updatable = false)
    private String urgentReason;

    @Column(name = "filed_on", insertable = false, updatable = false)
    private LocalDate filedOn;

    @Column(name = "first_due_on", insertable = false, updatable = false)
    private LocalDate firstDueOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "extended_on")
    private LocalDate extendedOn;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "answer_text")
    private String answerText;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground")
    private RefusalGround refusalGround;

    private boolean anonymised;

    @Column(name = "created_by", insertable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected InfoRequest() {
    }

    /** Law 31-13, art. 16: once, before the deadline passes, with the requester told why. */
    void extend(LocalDate newDueOn, String reason, LocalDate on) {
        if (!status.isOpen()) {
            throw new InformationRefused("information.error.wrongStatus");
        }
        if (urgent) {
            throw new InformationRefused("information.error.urgentNoExtension");
        }
        if (status == RequestStatus.EXTENDED || extendedOn != null) {
            throw new InformationRefused("information.error.alreadyExtended");
        }
        if (on.isAfter(dueOn)) {
            throw new InformationRefused("information.error.extensionTooLate");
        }
        this.extendedOn = on;
        this.extensionReason = reason;
        this.dueOn = newDueOn;
        this.status = RequestStatus.EXTENDED;
    }

    void decide(RequestStatus outcome, String answer, RefusalGround ground, LocalDate on) {
        if (!status.isOpen()) {
            throw new InformationRefused("information.error.wrongStatus");
        }
        this.status = outcome;
        this.answerText = answer;
        this.refusalGround = outcome.needsGround() ? ground : null;
        this.decidedOn = on;
    }

    /** Law 09-08 erasure: the request stays in the register, without anything that names or reaches the requester. */
    void anonymise() {
        this.requesterAccount = null;
        this.requesterName = null;
        this.contactEmail = null;
        this.contactPhone = null;
        this.contactAddress = null;
        this.cinHash = null;
        this.cinLast3 = null;
        this.anonymised = true;
    }

    Long id() { return id; }
    String trackingCode() { return trackingCode; }
    Channel channel() { return channel; }
    String requesterAccount() { return requesterAccount; }
    String requesterName() { return requesterName; }
    String contactEmail() { return contactEmail; }
    String contactPhone() { return contactPhone; }
    String contactAddress() { return contactAddress; }
    String cinLast3() { return cinLast3; }
    String subject() { return subject; }
    String details() { return details; }
    boolean urgent() { return urgent; }
    String urgentReason() { return urgentReason; }
    LocalDate filedOn() { return filedOn; }
    LocalDate firstDueOn() { return firstDueOn; }
    LocalDate dueOn() { return dueOn; }
    LocalDate extendedOn() { return extendedOn; }
    String extensionReason() { return extensionReason; }
    RequestStatus status() { return status; }
    LocalDate decidedOn() { return decidedOn; }
    String answerText() { return answerText; }
    RefusalGround refusalGround() { return refusalGround; }
    boolean anonymised() { return anonymised; }
}
