package ma.mocharaka.portal.bodies;

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

/** An advisory opinion: drafted by the body, submitted to the council, answered with reasons, then published. */
@Entity
@Table(name = "advisory_opinion")
class AdvisoryOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false, updatable = false)
    private Long bodyId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> text;

    @Column(name = "drafted_on", nullable = false)
    private LocalDate draftedOn;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "council_answer")
    private CouncilAnswer councilAnswer;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "answer_reasons")
    private Map<String, String> answerReasons;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    protected AdvisoryOpinion() {
    }

    AdvisoryOpinion(long bodyId, LocalizedText title, LocalizedText text, LocalDate draftedOn) {
        this.bodyId = bodyId;
        this.title = title.values();
        this.text = text.values();
        this.draftedOn = draftedOn;
    }

    OpinionStage stage() {
        if (publishedOn != null) {
            return OpinionStage.PUBLISHED;
        }
        if (answeredOn != null) {
            return OpinionStage.ANSWERED;
        }
        return submittedOn != null ? OpinionStage.SUBMITTED : OpinionStage.DRAFTED;
    }

    /** Each step only follows the one before it, and never goes back: false when it does not apply. */
    boolean submit(LocalDate on) {
        if (stage() != OpinionStage.DRAFTED || on.isBefore(draftedOn)) {
            return false;
        }
        submittedOn = on;
        return true;
    }

    boolean answer(CouncilAnswer answer, LocalizedText reasons, LocalDate on) {
        if (stage() != OpinionStage.SUBMITTED || on.isBefore(submittedOn) || reasons.isEmpty()) {
            return false;
        }
        councilAnswer = answer;
        answerReasons = reasons.values();
        answeredOn = on;
        return true;
    }

    boolean publish(LocalDate on) {
        if (stage() != OpinionStage.ANSWERED) {
            return false;
        }
        publishedOn = on;
        return true;
    }

    Long id() {
        return id;
    }

    Long bodyId() {
        return bodyId;
    }

    LocalizedText title() {
        return new LocalizedText(title);
    }

    LocalizedText text() {
        return new LocalizedText(text);
    }

    LocalDate draftedOn() {
        return draftedOn;
    }

    LocalDate submittedOn() {
        return submittedOn;
    }

    CouncilAnswer councilAnswer() {
        return councilAnswer;
    }

    LocalizedText answerReasons() {
        return new LocalizedText(answerReasons);
    }

    LocalDate answeredOn() {
        return answeredOn;
    }

    LocalDate publishedOn() {
        return publishedOn;
    }
}
