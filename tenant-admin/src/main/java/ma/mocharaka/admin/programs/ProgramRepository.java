package ma.mocharaka.admin.programs;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/** Programs, their enrolments and reported figures in the shared schema; table names are qualified on purpose. */
@Repository
public class ProgramRepository {

    private static final String COLUMNS = """
            p.id, p.code, p.name_ar, p.name_fr, p.name_zgh, p.name_en, p.funders, p.partners, p.starts_on, p.ends_on,
            p.objectives_ar, p.objectives_fr, p.phases, p.target_communes, p.target_women_pct, p.target_youth_pct,
            p.target_disability_pct,
            (SELECT count(*) FROM platform.program_enrolment e WHERE e.program_id = p.id) AS enrolled""";

    private final JdbcClient jdbc;
    private final CommuneRegistry communes;

    ProgramRepository(JdbcClient jdbc, CommuneRegistry communes) {
        this.jdbc = jdbc;
        this.communes = communes;
    }

    public List<Program> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.program p ORDER BY p.id").query(ProgramRepository::map).list();
    }

    public Optional<Program> findByCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.program p WHERE p.code = ?").param(code)
                .query(ProgramRepository::map).optional();
    }

    public List<Enrolment> enrolments(Program program) {
        List<Commune> all = communes.findAll();
        return jdbc.sql("""
                        SELECT commune_id, cohort, joined_on, joined_by, focal_point FROM platform.program_enrolment
                        WHERE program_id = ?""")
                .param(program.id())
                .query((rs, row) -> {
                    long communeId = rs.getLong("commune_id");
                    return new Enrolment(program.code(),
                        all.stream().filter(c -> c.id() == communeId).findFirst().orElseThrow(),
                        Enrolment.Cohort.valueOf(rs.getString("cohort")),
                        rs.getObject("joined_on", LocalDate.class),
                        rs.getString("joined_by") == null ? null : Enrolment.JoinedBy.valueOf(rs.getString("joined_by")),
                        rs.getString("focal_point"));
                })
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing((Enrolment e) -> e.commune().nameFr()))
                .toList();
    }

    /** The programs a commune takes part in, with its enrolment in each. */
    public List<Enrolment> enrolmentsOf(Commune commune) {
        return jdbc.sql("""
                        SELECT p.code, e.cohort, e.joined_on, e.joined_by, e.focal_point
                        FROM platform.program_enrolment e JOIN platform.program p ON p.id = e.program_id
                        WHERE e.commune_id = ? ORDER BY p.id""")
                .param(commune.id())
                .query((rs, row) -> new Enrolment(rs.getString("code"), commune,
                        Enrolment.Cohort.valueOf(rs.getString("cohort")), rs.getObject("joined_on", LocalDate.class),
                        rs.getString("joined_by") == null ? null : Enrolment.JoinedBy.valueOf(rs.getString("joined_by")),
                        rs.getString("focal_point")))
                .list();
    }

    /** Figures the program reports as a whole, in a stable order. */
    public Map<String, BigDecimal> figures(Program program) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        jdbc.sql("SELECT code, value FROM platform.program_figure WHERE program_id = ? ORDER BY code")
                .param(program.id())
                .query((ResultSet rs) -> {
                    figures.put(rs.getString("code"), rs.getBigDecimal("value").stripTrailingZeros());
                });
        return figures;
    }

    public void enrol(Program program, Commune commune, Enrolment.Cohort cohort, LocalDate joinedOn,
                      Enrolment.JoinedBy joinedBy, String focalPoint) {
        jdbc.sql("""
                INSERT INTO platform.program_enrolment (program_id, commune_id, cohort, joined_on, joined_by, focal_point)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(program.id(), commune.id(), cohort.name(), joinedOn, joinedBy == null ? null : joinedBy.name(),
                        focalPoint == null || focalPoint.isBlank() ? null : focalPoint.strip())
                .update();
    }

    public void updateTargets(Program program, Program.InclusionTargets targets) {
        jdbc.sql("""
                UPDATE platform.program SET target_women_pct = ?, target_youth_pct = ?, target_disability_pct = ?
                WHERE id = ?""")
                .params(targets.women(), targets.youth(), targets.disability(), program.id())
                .update();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when a program has that code already */
    public Program create(ProgramDefinition d) {
        jdbc.sql("""
                INSERT INTO platform.program (code, name_ar, name_fr, name_zgh, name_en, funders, partners, starts_on,
                                              ends_on, objectives_ar, objectives_fr, phases, target_communes,
                                              target_women_pct, target_youth_pct, target_disability_pct)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.code(), d.nameAr().strip(), d.nameFr().strip(), d.nameZgh(), d.nameEn(), d.funders(),
                        d.partners(), d.startsOn(), d.endsOn(), d.objectivesAr(), d.objectivesFr(), d.phases(),
                        d.targetCommunes(), d.women(), d.youth(), d.disability())
                .update();
        return findByCode(d.code()).orElseThrow();
    }

    /** Everything but the code, which is the program's address. */
    public Program update(Program program, ProgramDefinition d) {
        jdbc.sql("""
                UPDATE platform.program SET name_ar = ?, name_fr = ?, name_zgh = ?, name_en = ?, funders = ?,
                       partners = ?, starts_on = ?, ends_on = ?, objectives_ar = ?, objectives_fr = ?, phases = ?,
                       target_communes = ?, target_women_pct = ?, target_youth_pct = ?, target_disability_pct = ?
                WHERE id = ?""")
                .params(d.nameAr().strip(), d.nameFr().strip(), d.nameZgh(), d.nameEn(), d.funders(), d.partners(),
                        d.startsOn(), d.endsOn(), d.objectivesAr(), d.objectivesFr(), d.phases(), d.targetCommunes(),
                        d.women(), d.youth(), d.disability(), program.id())
                .update();
        return findByCode(program.code()).orElseThrow();
    }

    /**
     * Removes a program nobody works in: one with enrolled communes or recorded sessions is refused (false), since
     * removing it would take the communes' step records with it.
     */
    public boolean deleteIfUnused(Program program) {
        return jdbc.sql("""
                DELETE FROM platform.program p WHERE p.id = ?
                AND NOT EXISTS (SELECT 1 FROM platform.program_enrolment e WHERE e.program_id = p.id)
                AND NOT EXISTS (SELECT 1 FROM platform.activity a WHERE a.program_id = p.id)""")
                .param(program.id()).update() == 1;
    }

    private static Program map(ResultSet rs, int row) throws SQLException {
        return new Program(rs.getLong("id"), rs.getString("code"),
                LocalizedText.of(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_zgh"),
                        rs.getString("name_en")),
                rs.getString("funders"), rs.getString("partners"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("objectives_ar"), rs.getString("objectives_fr"), rs.getString("phases"),
                (Integer) rs.getObject("target_communes"),
                new Program.InclusionTargets(plain(rs.getBigDecimal("target_women_pct")),
                        plain(rs.getBigDecimal("target_youth_pct")), plain(rs.getBigDecimal("target_disability_pct"))),
                rs.getInt("enrolled"));
    }

    /** 50.00 becomes 50, not 5E+1, in JSON, exports and pages. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
