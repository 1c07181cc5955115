package ma.mocharaka.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Who did what to which record, with the state before and after; kept in the shared schema for the office. */
public class AuditTrail {

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String commune, String action, String target, String before, String after) {
        jdbc.sql("""
                INSERT INTO platform.audit_event (actor, commune, action, target, before_state, after_state)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(actor, commune, action, target, before, after)
                .update();
    }

    public List<AuditEvent> recent(String commune, int limit) {
        String where = commune == null ? "" : " WHERE commune = :commune";
        var statement = jdbc.sql("SELECT at, actor, commune, action, target, before_state, after_state "
                        + "FROM platform.audit_event" + where + " ORDER BY id DESC LIMIT :limit")
                .param("limit", Math.min(Math.max(limit, 1), 500));
        if (commune != null) {
            statement = statement.param("commune", commune);
        }
        return statement.query((rs, row) -> new AuditEvent(rs.getObject("at", OffsetDateTime.class),
                        rs.getString("actor"), rs.getString("commune"), rs.getString("action"), rs.getString("target"),
                        rs.getString("before_state"), rs.getString("after_state")))
                .list();
    }

    public record AuditEvent(OffsetDateTime at, String actor, String commune, String action, String target,
                             String before, String after) {
    }
}
