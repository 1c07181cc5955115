package ma.mocharaka.admin.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ma.mocharaka.platform.i18n.LocalizedText;

/**
 * Steps as communes live them: every template step of every program a commune is enrolled in, whether or not
 * anything has been reported on it yet.
 */
@Repository
public class OnboardingSteps {

    private static final String SELECT = """
            SELECT t.id AS template_id, p.code AS program_code, p.name_ar AS p_ar, p.name_fr AS p_fr,
                   p.name_zgh AS p_zgh, p.name_en AS p_en, p.ends_on AS program_ends_on,
                   t.position, t.code, t.name_ar, t.name_fr, t.name_zgh, t.name_en,
                   c.id AS commune_id, c.slug AS commune_slug,
                   coalesce(s.status, 'PLANNED') AS status, s.planned_on, s.actual_on, s.achievement,
                   coalesce(s.review, 'NONE') AS review, s.review_comment, s.reported_by, s.reported_at,
                   s.reviewed_by, s.reviewed_at
            FROM platform.program_enrolment e
            JOIN platform.program p ON p.id = e.program_id
            JOIN platform.commune c ON c.id = e.commune_id
            JOIN platform.onboarding_step_template t ON t.program_id = p.id
            LEFT JOIN platform.onboarding_step s ON s.template_id = t.id AND s.commune_id = c.id
            """;

    private final JdbcClient jdbc;

    OnboardingSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OnboardingStep> ofCommune(long communeId) {
        return jdbc.sql(SELECT + " WHERE c.id = ? ORDER BY p.id, t.position").param(communeId)
                .query(OnboardingSteps::map).list();
    }

    public List<OnboardingStep> ofProgram(String programCode) {
        return jdbc.sql(SELECT + " WHERE p.code = ? ORDER BY c.name_fr, t.position").param(programCode)
                .query(OnboardingSteps::map).list();
    }

    /** Empty when the step's program does not enrol the commune, so a step of another program cannot be reported. */
    /** A step nobody reported on yet has no row; evidence needs one to hang on. */
    void ensureRecorded(long communeId, long templateId) {
        jdbc.sql("""
                INSERT INTO platform.onboarding_step (template_id, commune_id) VALUES (?, ?)
                ON CONFLICT (template_id, commune_id) DO NOTHING""")
                .params(templateId, communeId).update();
    }

    public Optional<OnboardingStep> find(long communeId, long templateId) {
        return jdbc.sql(SELECT + " WHERE c.id = ? AND t.id = ?").params(communeId, templateId)
                .query(OnboardingSteps::map).optional();
    }

    void saveReport(OnboardingStep step, StepReport report, String actor) {
        jdbc.sql("""
                INSERT INTO platform.onboarding_step (template_id, commune_id, status, planned_on, actual_on, achievement,
                                                      review, review_comment, reported_by, reported_at)
                VALUES (:template, :commune, :status, :planned, :actual, :achievement, 'SUBMITTED', NULL, :actor, now())
                ON CONFLICT (template_id, commune_id) DO UPDATE SET
                    status = EXCLUDED.status, planned_on = EXCLUDED.planned_on, actual_on = EXCLUDED.actual_on,
                    achievement = EXCLUDED.achievement, review = 'SUBMITTED', review_comment = NULL,
                    reported_by = EXCLUDED.reported_by, reported_at = EXCLUDED.reported_at,
                    reviewed_by = NULL, reviewed_at = NULL""")
                .param("template", step.templateId())
                .param("commune", step.communeId())
                .param("status", report.status().name())
                .param("planned", report.plannedOn())
                .param("actual", report.actualOn())
                .param("achievement", blankToNull(report.achievement()))
                .param("actor", actor)
                .update();
    }

    void saveReview(OnboardingStep step, Review review, String comment, String actor) {
        jdbc.sql("""
                UPDATE platform.onboarding_step SET review = ?, review_comment = ?, reviewed_by = ?, reviewed_at = now()
                WHERE template_id = ? AND commune_id = ?""")
                .params(review.name(), blankToNull(comment), actor, step.templateId(), step.communeId())
                .update();
    }

    /** For the demo loader: a step as a source document records it, already validated by the office. */
    public void recordValidated(long templateId, long communeId, StepStatus status, LocalDate plannedOn,
                                LocalDate actualOn, String achievement, String actor) {
        jdbc.sql("""
                INSERT INTO platform.onboarding_step (template_id, commune_id, status, planned_on, actual_on, achievement,
                                                      review, reported_by, reported_at, reviewed_by, reviewed_at)
                VALUES (?, ?, ?, ?, ?, ?, 'VALIDATED', ?, now(), ?, now())
                ON CONFLICT (template_id, commune_id) DO NOTHING""")
                .params(templateId, communeId, status.name(), plannedOn, actualOn, achievement, actor, actor)
                .update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static OnboardingStep map(ResultSet rs, int row) throws SQLException {
        return new OnboardingStep(
                rs.getLong("template_id"), rs.getString("program_code"),
                LocalizedText.of(rs.getString("p_ar"), rs.getString("p_fr"), rs.getString("p_zgh"), rs.getString("p_en")),
                rs.getInt("position"), rs.getString("code"),
                LocalizedText.of(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_zgh"),
                        rs.getString("name_en")),
                rs.getLong("commune_id"), rs.getString("commune_slug"),
                StepStatus.valueOf(rs.getString("status")),
                rs.getObject("planned_on", LocalDate.class), rs.getObject("actual_on", LocalDate.class),
                rs.getString("achievement"), Review.valueOf(rs.getString("review")), rs.getString("review_comment"),
                rs.getString("reported_by"), rs.getObject("reported_at", OffsetDateTime.class),
                rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class),
                rs.getObject("program_ends_on", LocalDate.class));
    }
}
