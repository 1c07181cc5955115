package ma.mocharaka.admin.onboarding;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.i18n.LocalizedText;

/** Each program's ordered list of onboarding steps, which program admins edit. */
@Repository
public class StepTemplates {

    private final JdbcClient jdbc;

    StepTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record TemplateStep(long id, int position, String code, LocalizedText name, String nameAr, String nameFr,
                               String nameZgh, String nameEn, long communesReporting) {

        public String auditState() {
            return position + ". " + code + " ar=" + nameAr + " fr=" + nameFr + " zgh=" + nameZgh + " en=" + nameEn;
        }
    }

    public List<TemplateStep> of(long programId) {
        return jdbc.sql("""
                        SELECT t.id, t.position, t.code, t.name_ar, t.name_fr, t.name_zgh, t.name_en,
                               (SELECT count(*) FROM platform.onboarding_step s WHERE s.template_id = t.id) AS reporting
                        FROM platform.onboarding_step_template t WHERE t.program_id = ? ORDER BY t.position""")
                .param(programId)
                .query((rs, row) -> new TemplateStep(rs.getLong("id"), rs.getInt("position"), rs.getString("code"),
                        LocalizedText.of(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_zgh"),
                                rs.getString("name_en")),
                        rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_zgh"),
                        rs.getString("name_en"), rs.getLong("reporting")))
                .list();
    }

    public Optional<TemplateStep> find(long programId, long id) {
        return of(programId).stream().filter(step -> step.id() == id).findFirst();
    }

    public boolean codeTaken(long programId, String code) {
        return jdbc.sql("SELECT count(*) FROM platform.onboarding_step_template WHERE program_id = ? AND code = ?")
                .params(programId, code).query(Long.class).single() > 0;
    }

    public void append(long programId, StepNames names) {
        jdbc.sql("""
                INSERT INTO platform.onboarding_step_template (program_id, position, code, name_ar, name_fr, name_zgh, name_en)
                VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM platform.onboarding_step_template WHERE program_id = ?),
                        ?, ?, ?, ?, ?)""")
                .params(programId, programId, names.code(), names.nameAr().strip(), names.nameFr().strip(),
                        blankToNull(names.nameZgh()), blankToNull(names.nameEn()))
                .update();
    }

    public void rename(long id, StepNames names) {
        jdbc.sql("UPDATE platform.onboarding_step_template SET name_ar = ?, name_fr = ?, name_zgh = ?, name_en = ? WHERE id = ?")
                .params(names.nameAr().strip(), names.nameFr().strip(), blankToNull(names.nameZgh()),
                        blankToNull(names.nameEn()), id)
                .update();
    }

    /** Swaps a step with its neighbour; the position constraint is deferred to the end of the transaction. */
    @Transactional
    public void move(long programId, long id, boolean up) {
        List<TemplateStep> steps = of(programId);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id() == id) {
                int other = up ? i - 1 : i + 1;
                if (other < 0 || other >= steps.size()) {
                    return;
                }
                jdbc.sql("UPDATE platform.onboarding_step_template SET position = ? WHERE id = ?")
                        .params(steps.get(other).position(), id).update();
                jdbc.sql("UPDATE platform.onboarding_step_template SET position = ? WHERE id = ?")
                        .params(steps.get(i).position(), steps.get(other).id()).update();
                return;
            }
        }
    }

    /** Only a step no commune has reported on can go, so removing a step never erases a commune's history. */
    public boolean remove(long id) {
        return jdbc.sql("""
                DELETE FROM platform.onboarding_step_template t
                WHERE t.id = ? AND NOT EXISTS (SELECT 1 FROM platform.onboarding_step s WHERE s.template_id = t.id)""")
                .param(id).update() == 1;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
