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

    private static Program map(ResultSet rs, int row) throws SQLException {
        return new Program(rs.getLong("id"), rs.getString("code"),
                LocalizedText.of(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_zgh"),
                        rs.getString("name_en")),
                rs.getString("funders"), rs.getString("partners"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("objectives_ar"), rs.getString("objectives_fr"), rs.getString("phases"),
                (Integer) rs.getObject("target_communes"),
                new Program.InclusionTargets(rs.getBigDecimal("target_women_pct").stripTrailingZeros(),
                        rs.getBigDecimal("target_youth_pct").stripTrailingZeros(),
                        rs.getBigDecimal("target_disability_pct").stripTrailingZeros()),
                rs.getInt("enrolled"));
    }
}
