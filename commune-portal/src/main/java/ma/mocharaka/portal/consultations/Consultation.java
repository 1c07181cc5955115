package ma.mocharaka.portal.consultations;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import ma.mocharaka.platform.i18n.LocalizedText;

/** A draft put to the public for a window of days, then synthesised and approved by the council. */
@Entity
@Table(name = "consultation")
class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind", nullable = false)
    private DocumentKind documentKind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> summary;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, String> synthesis;

    @Column(name = "synthesised_on")
    private LocalDate synthesisedOn;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "final_text")
    private Map<String, String> finalText;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected Consultation() {
    }

    Consultation(ConsultationDraft draft, String createdBy) {
        this.documentKind = draft.kind();
        this.title = draft.title().values();
        this.summary = draft.summary().values();
        this.opensOn = draft.opensOn();
        this.closesOn = draft.closesOn();
        this.createdBy = createdBy;
    }

    ConsultationState stateOn(LocalDate today) {
        if (approvedOn != null) {
            return ConsultationState.APPROVED;
        }
        if (synthesisedOn != null) {
            return ConsultationState.SYNTHESISED;
        }
        if (today.isBefore(opensOn)) {
            return ConsultationState.UPCOMING;
        }
        return today.isAfter(closesOn) ? ConsultationState.CLOSED : ConsultationState.OPEN;
    }

    /** Contributions and supports are taken on the open days only, whatever state a page was loaded in. */
    boolean isOpenOn(LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(closesOn) && synthesisedOn == null && approvedOn == null;
    }

    /** Everything but the sections, which the service replaces; only while the consultation is upcoming. */
    void revise(ConsultationDraft draft) {
        this.documentKind = draft.kind();
        this.title = draft.title().values();
        this.summary = draft.summary().values();
        this.opensOn = draft.opensOn();
        this.closesOn = draft.closesOn();
    }

    /** While open: what citizens already read stays, only the summary and the closing day move. */
    void reviseWhileOpen(LocalizedText summary, LocalDate closesOn) {
        this.summary = summary.values();
        this.closesOn = closesOn;
    }

    void publishSynthesis(LocalizedText text, LocalDate on) {
        this.synthesis = text.values();
        this.synthesisedOn = on;
    }

    void recordApproval(LocalDate on, LocalizedText text) {
        this.approvedOn = on;
        this.finalText = text.isEmpty() ? null : text.values();
    }

    Long id() {
        return id;
    }

    DocumentKind documentKind() {
        return documentKind;
    }

    LocalizedText title() {
        return new LocalizedText(title);
    }

    LocalizedText summary() {
        return new LocalizedText(summary);
    }

    LocalDate opensOn() {
        return opensOn;
    }

    LocalDate closesOn() {
        return closesOn;
    }

    LocalizedText synthesis() {
        return new LocalizedText(synthesis);
    }

    LocalDate synthesisedOn() {
        return synthesisedOn;
    }

    LocalDate approvedOn() {
        return approvedOn;
    }

    LocalizedText finalText() {
        return new LocalizedText(finalText);
    }
}
