package ma.mocharaka.portal.surveys;

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

/** One question of a survey, at its position (1, 2, ...), with its prompt in up to four languages. */
@Entity
@Table(name = "survey_question")
class SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false, updatable = false)
    private Long surveyId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> prompt;

    protected SurveyQuestion() {
    }

    SurveyQuestion(long surveyId, int position, QuestionKind kind, LocalizedText prompt) {
        this.surveyId = surveyId;
        this.position = position;
        this.kind = kind;
        this.prompt = prompt.values();
    }

    void change(QuestionKind kind, LocalizedText prompt) {
        this.kind = kind;
        this.prompt = prompt.values();
    }

    void moveTo(int position) {
        this.position = position;
    }

    Long id() {
        return id;
    }

    Long surveyId() {
        return surveyId;
    }

    int position() {
        return position;
    }

    QuestionKind kind() {
        return kind;
    }

    LocalizedText prompt() {
        return new LocalizedText(prompt);
    }
}
