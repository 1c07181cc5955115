package ma.mocharaka.admin.milestones;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.Commune;

/**
 * Program and commune milestones. Every create, edit and delete goes to the audit trail with the milestone's state
 * before and after; the rules are checked here so the console and the API refuse the same things.
 */
@Service
public class Milestones {

    private static final String SELECT = """
            SELECT m.id, p.code AS program_code, p.name_ar AS p_ar, p.name_fr AS p_fr, p.name_zgh AS p_zgh,
                   p.name_en AS p_en, c.slug AS commune_slug, m.title_ar, m.title_fr, m.title_zgh, m.title_en,
                   m.planned_on, m.actual_on
            FROM platform.milestone m
            JOIN platform.program p ON p.id = m.program_id
            LEFT JOIN platform.commune c ON c.id = m.commune_id
            """;
    private static final String ORDER = " ORDER BY coalesce(m.planned_on, m.actual_on), m.id";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    // Programs are read here with their own small query rather than through the programs package, which shows
    // milestones on its pages: the dependency goes one way only.
    Milestones(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The program's own milestones and those of its communes. */
    public List<Milestone> ofProgram(String programCode) {
        return jdbc.sql(SELECT + " WHERE p.code = ?" + ORDER).param(programCode).query(Milestones::row).list();
    }

    /** A commune's own milestones, in every program it is in. */
    public List<Milestone> ofCommune(long communeId) {
        return jdbc.sql(SELECT + " WHERE m.commune_id = ?" + ORDER).param(communeId).query(Milestones::row).list();
    }

    public Optional<Milestone> ofProgram(String programCode, long id) {
        return jdbc.sql(SELECT + " WHERE p.code = ? AND m.id = ? AND m.commune_id IS NULL")
                .params(programCode, id).query(Milestones::row).optional();
    }

    /** A milestone looked up through a commune's address is found only if it is that commune's own. */
    public Optional<Milestone> ofCommune(long communeId, long id) {
        return jdbc.sql(SELECT + " WHERE m.commune_id = ? AND m.id = ?")
                .params(communeId, id).query(Milestones::row).optional();
    }

    public Optional<ProgramRef> program(String code) {
        return jdbc.sql("SELECT id, code, name_ar, name_fr, name_zgh, name_en FROM platform.program WHERE code = ?")
                .param(code).query(Milestones::programRow).optional();
    }

    /** Programs a commune milestone may belong to: those the commune is enrolled in. */
    public List<ProgramRef> programsOf(Commune commune) {
        return jdbc.sql("""
                SELECT p.id, p.code, p.name_ar, p.name_fr, p.name_zgh, p.name_en FROM platform.program p
                JOIN platform.program_enrolment e ON e.program_id = p.id WHERE e.commune_id = ? ORDER BY p.id""")
                .param(commune.id()).query(Milestones::programRow).list();
    }

    private List<String> programCodesOf(Commune commune) {
        return programsOf(commune).stream().map(ProgramRef::code).toList();
    }

    private static ProgramRef programRow(ResultSet rs, int row) throws SQLException {
        return new ProgramRef(rs.getLong("id"), rs.getString("code"), LocalizedText.of(rs.getString("name_ar"),
                rs.getString("name_fr"), rs.getString("name_zgh"), rs.getString("name_en")));
    }

    /** A program as milestones need it: where it is and what it is called. */
    public record ProgramRef(long id, String code, LocalizedText name) {
    }

    /** What is wrong with a milestone, by field and message code; empty when it can be saved. */
    public List<Problem> check(MilestoneForm form, Commune commune) {
        List<Problem> problems = new ArrayList<>();
        if (form.plannedOn() == null && form.actualOn() == null) {
            problems.add(new Problem("plannedOn", "milestone.error.noDate"));
        }
        if (form.actualOn() != null && form.actualOn().isAfter(today())) {
            problems.add(new Problem("actualOn", "milestone.error.actualInFuture"));
        }
        if (commune != null && (form.program() == null || !programCodesOf(commune).contains(form.program()))) {
            problems.add(new Problem("program", "milestone.error.notEnrolled"));
        }
        return problems;
    }

    /** @throws DuplicateMilestoneException when the program (and commune) already has a milestone of that title */
    @Transactional
    public Milestone create(ProgramRef program, Commune commune, MilestoneForm form, String actor) {
        requireValid(form, commune);
        long id;
        try {
            id = jdbc.sql("""
                    INSERT INTO platform.milestone (program_id, commune_id, title_ar, title_fr, title_zgh, title_en,
                                                    planned_on, actual_on, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(program.id(), commune == null ? null : commune.id(), form.titleAr().strip(),
                            form.titleFr().strip(), blankToNull(form.titleZgh()), blankToNull(form.titleEn()),
                            form.plannedOn(), form.actualOn(), actor)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new DuplicateMilestoneException();
        }
        Milestone created = find(id);
        audit.record(actor, created.communeSlug(), "milestone.create", "milestone/" + id, null, created.auditState());
        return created;
    }

    /** A commune's milestone may move to another of the commune's programs; a program's own stays where it is. */
    @Transactional
    public Milestone update(Milestone before, Commune commune, MilestoneForm form, String actor) {
        requireValid(form, commune);
        try {
            jdbc.sql("""
                    UPDATE platform.milestone
                    SET program_id = coalesce((SELECT id FROM platform.program WHERE code = :program), program_id),
                        title_ar = :ar, title_fr = :fr, title_zgh = :zgh, title_en = :en, planned_on = :planned,
                        actual_on = :actual, updated_by = :actor, updated_at = now()
                    WHERE id = :id""")
                    .param("program", commune == null ? null : form.program())
                    .param("ar", form.titleAr().strip()).param("fr", form.titleFr().strip())
                    .param("zgh", blankToNull(form.titleZgh())).param("en", blankToNull(form.titleEn()))
                    .param("planned", form.plannedOn()).param("actual", form.actualOn())
                    .param("actor", actor).param("id", before.id())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateMilestoneException();
        }
        Milestone after = find(before.id());
        audit.record(actor, before.communeSlug(), "milestone.update", "milestone/" + before.id(),
                before.auditState(), after.auditState());
        return after;
    }

    @Transactional
    public void delete(Milestone milestone, String actor) {
        jdbc.sql("DELETE FROM platform.milestone WHERE id = ?").param(milestone.id()).update();
        audit.record(actor, milestone.communeSlug(), "milestone.delete", "milestone/" + milestone.id(),
                milestone.auditState(), null);
    }

    private Milestone find(long id) {
        return jdbc.sql(SELECT + " WHERE m.id = ?").param(id).query(Milestones::row).single();
    }

    private void requireValid(MilestoneForm form, Commune commune) {
        List<Problem> problems = check(form, commune);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Milestone not valid: " + problems);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Milestone row(ResultSet rs, int row) throws SQLException {
        return new Milestone(rs.getLong("id"), rs.getString("program_code"),
                LocalizedText.of(rs.getString("p_ar"), rs.getString("p_fr"), rs.getString("p_zgh"),
                        rs.getString("p_en")),
                rs.getString("commune_slug"),
                LocalizedText.of(rs.getString("title_ar"), rs.getString("title_fr"), rs.getString("title_zgh"),
                        rs.getString("title_en")),
                rs.getString("title_ar"), rs.getString("title_fr"), rs.getString("title_zgh"), rs.getString("title_en"),
                rs.getObject("planned_on", LocalDate.class), rs.getObject("actual_on", LocalDate.class));
    }

    public record Problem(String field, String code) {
    }

    /** Another milestone of the same program (and commune) already has this French title. */
    public static class DuplicateMilestoneException extends RuntimeException {
        DuplicateMilestoneException() {
            super("milestone.error.duplicate");
        }
    }
}
