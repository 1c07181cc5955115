package ma.mocharaka.portal.surveys;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import ma.mocharaka.platform.i18n.LocalizedText;

/** One option of a choice question; paper forms refer to it by its position (1, 2, ...). */
@Entity
@Table(name = "survey_option")
class SurveyOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false, updatable = false)
    private Long questionId;

    @Column(nullable = false)
    private int position;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, String> label;

    protected SurveyOption() {
    }

    SurveyOption(long questionId, int position, LocalizedText label) {
        this.questionId = questionId;
        this.position = position;
        this.label = label.values();
    }

    Long id() {
        return id;
    }

    Long questionId() {
        return questionId;
    }

    int position() {
        return position;
    }

    LocalizedText label() {
        return new LocalizedText(label);
    }
}
