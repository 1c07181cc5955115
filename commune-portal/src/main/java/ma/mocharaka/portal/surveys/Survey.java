package ma.mocharaka.portal.surveys;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * A satisfaction survey on one commune service. Its questions can change only while nobody can have answered yet;
 * the version column makes two staff members acting at once fail instead of overwriting each other.
 */
@Entity
@Table(name = "survey")
class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> intro;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Respondents respondents;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SurveyStatus status;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "results_published_on")
    private LocalDate resultsPublishedOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected Survey() {
    }

    Survey(SurveyDraft draft, String createdBy) {
        change(draft);
        this.status = SurveyStatus.DRAFT;
        this.createdBy = createdBy;
    }

    void change(SurveyDraft draft) {
        this.serviceCode = draft.service().code();
        this.title = draft.title().values();
        this.intro = draft.intro().values();
        this.respondents = draft.respondents();
        this.opensOn = draft.opensOn();
        this.closesOn = draft.closesOn();
    }

    SurveyPhase phase(LocalDate today) {
        if (status == SurveyStatus.DRAFT) {
            return SurveyPhase.DRAFT;
        }
        if (status == SurveyStatus.CLOSED || today.isAfter(closesOn)) {
            return SurveyPhase.CLOSED;
        }
        return today.isBefore(opensOn) ? SurveyPhase.UPCOMING : SurveyPhase.OPEN;
    }

    /** Questions change only before anyone can answer: in draft, or launched with a window still ahead. */
    boolean editable(LocalDate today) {
        SurveyPhase phase = phase(today);
        return phase == SurveyPhase.DRAFT || phase == SurveyPhase.UPCOMING;
    }

    /** The last day answers count for: the end of the window, or the day staff closed it early. */
    LocalDate lastDay() {
        return closedOn != null && closedOn.isBefore(closesOn) ? closedOn : closesOn;
    }

    boolean resultsPublic(LocalDate today) {
        return phase(today) == SurveyPhase.CLOSED || resultsPublishedOn != null;
    }

    void launch() {
        if (status != SurveyStatus.DRAFT) {
            throw new SurveyRefused("surveys.error.notDraft");
        }
        status = SurveyStatus.LAUNCHED;
    }

    void close(LocalDate today) {
        if (phase(today) != SurveyPhase.OPEN) {
            throw new SurveyRefused("surveys.error.notOpen");
        }
        status = SurveyStatus.CLOSED;
        closedOn = today;
    }

    void publishResults(LocalDate today) {
        SurveyPhase phase = phase(today);
        if (phase == SurveyPhase.DRAFT || phase == SurveyPhase.UPCOMING) {
            throw new SurveyRefused("surveys.error.nothingToPublish");
        }
        if (resultsPublishedOn == null) {
            resultsPublishedOn = today;
        }
    }

    Long id() {
        return id;
    }

    CommuneService service() {
        return CommuneService.ofCode(serviceCode).orElseThrow();
    }

    LocalizedText title() {
        return new LocalizedText(title);
    }

    LocalizedText intro() {
        return new LocalizedText(intro);
    }

    Respondents respondents() {
        return respondents;
    }

    LocalDate opensOn() {
        return opensOn;
    }

    LocalDate closesOn() {
        return closesOn;
    }

    SurveyStatus status() {
        return status;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    LocalDate resultsPublishedOn() {
        return resultsPublishedOn;
    }

    String createdBy() {
        return createdBy;
    }
}
