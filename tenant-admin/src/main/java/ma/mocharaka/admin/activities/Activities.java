package ma.mocharaka.admin.activities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Trainings, meetings and the like, with their communes, participants and structured results. */
@Repository
public class Activities {

    private static final String SELECT = """
            SELECT a.id, p.code AS program_code, a.kind, a.title_ar, a.title_fr, a.starts_on, a.ends_on, a.place,
                   a.online_link, a.organiser, a.outputs
            FROM platform.activity a LEFT JOIN platform.program p ON p.id = a.program_id
            """;

    private final JdbcClient jdbc;

    Activities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Activity> findAll() {
        return complete(jdbc.sql(SELECT + " ORDER BY a.starts_on, a.id").query(this::row).list());
    }

    public List<Activity> ofCommune(long communeId) {
        return complete(jdbc.sql(SELECT + """
                 WHERE EXISTS (SELECT 1 FROM platform.activity_commune ac
                               WHERE ac.activity_id = a.id AND ac.commune_id = ?)
                 ORDER BY a.starts_on, a.id""").param(communeId).query(this::row).list());
    }

    public Optional<Activity> find(long id) {
        return complete(jdbc.sql(SELECT + " WHERE a.id = ?").param(id).query(this::row).list()).stream().findFirst();
    }

    public boolean exists(String titleFr, LocalDate startsOn) {
        return jdbc.sql("SELECT count(*) FROM platform.activity WHERE title_fr = ? AND starts_on = ?")
                .params(titleFr, startsOn).query(Long.class).single() > 0;
    }

    @Transactional
    public long create(Activity activity, List<Long> communeIds) {
        long id = jdbc.sql("""
                INSERT INTO platform.activity (program_id, kind, title_ar, title_fr, starts_on, ends_on, place,
                                               online_link, organiser, outputs)
                VALUES ((SELECT id FROM platform.program WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id""")
                .params(activity.programCode(), activity.kind().name(), activity.titleAr(), activity.titleFr(),
                        activity.startsOn(), activity.endsOn(), activity.place(), activity.onlineLink(),
                        activity.organiser(), activity.outputs())
                .query(Long.class).single();
        insertDetails(id, activity, communeIds);
        return id;
    }

    /** An edit replaces the session's communes, counts, agenda and results with what the form now holds. */
    @Transactional
    public void update(long id, Activity activity, List<Long> communeIds) {
        jdbc.sql("""
                UPDATE platform.activity SET program_id = (SELECT id FROM platform.program WHERE code = ?), kind = ?,
                       title_ar = ?, title_fr = ?, starts_on = ?, ends_on = ?, place = ?, online_link = ?,
                       organiser = ?, outputs = ?
                WHERE id = ?""")
                .params(activity.programCode(), activity.kind().name(), activity.titleAr(), activity.titleFr(),
                        activity.startsOn(), activity.endsOn(), activity.place(), activity.onlineLink(),
                        activity.organiser(), activity.outputs(), id)
                .update();
        for (String table : List.of("activity_commune", "activity_participants", "activity_agenda_item",
                "activity_result")) {
            jdbc.sql("DELETE FROM platform." + table + " WHERE activity_id = ?").param(id).update();
        }
        insertDetails(id, activity, communeIds);
    }

    /** Communes, counts, agenda and results go with the session (ON DELETE CASCADE). */
    @Transactional
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM platform.activity WHERE id = ?").param(id).update() == 1;
    }

    private void insertDetails(long id, Activity activity, List<Long> communeIds) {
        for (Long communeId : communeIds) {
            jdbc.sql("INSERT INTO platform.activity_commune (activity_id, commune_id) VALUES (?, ?)")
                    .params(id, communeId).update();
        }
        for (Activity.Participants p : activity.participants()) {
            jdbc.sql("""
                    INSERT INTO platform.activity_participants (activity_id, category, total, women, youth, disability)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, p.category().name(), p.total(), p.women(), p.youth(), p.disability()).update();
        }
        int position = 1;
        for (Activity.AgendaItem item : activity.agenda()) {
            jdbc.sql("""
                    INSERT INTO platform.activity_agenda_item (activity_id, position, starts_at, ends_at, title)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(id, position++, item.startsAt(), item.endsAt(), item.title()).update();
        }
        activity.results().forEach((code, quantity) -> jdbc.sql(
                        "INSERT INTO platform.activity_result (activity_id, code, quantity) VALUES (?, ?, ?)")
                .params(id, code, quantity).update());
    }

    /** An imported attendance sheet is the record of who came: it replaces the counts typed before. */
    @Transactional
    public void replaceParticipants(long activityId, java.util.Collection<Activity.Participants> participants) {
        jdbc.sql("DELETE FROM platform.activity_participants WHERE activity_id = ?").param(activityId).update();
        for (Activity.Participants p : participants) {
            jdbc.sql("""
                    INSERT INTO platform.activity_participants (activity_id, category, total, women, youth, disability)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(activityId, p.category().name(), p.total(), p.women(), p.youth(), p.disability()).update();
        }
    }

    public Inclusion inclusionOfProgram(String programCode) {
        return jdbc.sql(INCLUSION + " JOIN platform.program p ON p.id = a.program_id WHERE p.code = ?")
                .param(programCode).query(Activities::inclusion).single();
    }

    public Inclusion inclusionOfCommune(long communeId) {
        return jdbc.sql(INCLUSION + """
                 WHERE EXISTS (SELECT 1 FROM platform.activity_commune ac
                               WHERE ac.activity_id = a.id AND ac.commune_id = ?)""")
                .param(communeId).query(Activities::inclusion).single();
    }

    /** Inclusion per commune within one program, keyed by commune id. */
    public Map<Long, Inclusion> inclusionByCommune(String programCode) {
        Map<Long, Inclusion> byCommune = new HashMap<>();
        jdbc.sql("""
                SELECT ac.commune_id,
                       coalesce(sum(x.total) FILTER (WHERE x.women IS NOT NULL AND x.youth IS NOT NULL
                                                     AND x.disability IS NOT NULL), 0) AS counted,
                       coalesce(sum(x.women), 0) AS women, coalesce(sum(x.youth), 0) AS youth,
                       coalesce(sum(x.disability), 0) AS disability
                FROM platform.activity_participants x
                JOIN platform.activity a ON a.id = x.activity_id
                JOIN platform.program p ON p.id = a.program_id
                JOIN platform.activity_commune ac ON ac.activity_id = a.id
                WHERE p.code = ?
                GROUP BY ac.commune_id""")
                .param(programCode)
                .query((ResultSet rs) -> {
                    byCommune.put(rs.getLong("commune_id"), inclusion(rs, 0));
                });
        return byCommune;
    }

    // Only rows whose three breakdowns were all counted enter the shares, numerators and denominator alike.
    private static final String INCLUSION = """
            SELECT coalesce(sum(x.total), 0) AS counted, coalesce(sum(x.women), 0) AS women,
                   coalesce(sum(x.youth), 0) AS youth, coalesce(sum(x.disability), 0) AS disability
            FROM (SELECT * FROM platform.activity_participants
                  WHERE women IS NOT NULL AND youth IS NOT NULL AND disability IS NOT NULL) x
            JOIN platform.activity a ON a.id = x.activity_id
            """;

    private static Inclusion inclusion(ResultSet rs, int row) throws SQLException {
        return new Inclusion(rs.getLong("counted"), rs.getLong("women"), rs.getLong("youth"), rs.getLong("disability"));
    }

    private Activity row(ResultSet rs, int row) throws SQLException {
        return new Activity(rs.getLong("id"), rs.getString("program_code"), Activity.Kind.valueOf(rs.getString("kind")),
                rs.getString("title_ar"), rs.getString("title_fr"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("place"), rs.getString("online_link"),
                rs.getString("organiser"), rs.getString("outputs"), List.of(), List.of(), Map.of(), List.of());
    }

    /** Fills communes, participants and results with three queries for the whole list, not three per activity. */
    private List<Activity> complete(List<Activity> activities) {
        if (activities.isEmpty()) {
            return activities;
        }
        List<Long> ids = activities.stream().map(Activity::id).toList();
        Map<Long, List<String>> communes = new HashMap<>();
        jdbc.sql("""
                SELECT ac.activity_id, c.slug FROM platform.activity_commune ac
                JOIN platform.commune c ON c.id = ac.commune_id
                WHERE ac.activity_id IN (:ids) ORDER BY c.name_fr""")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    communes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<Long, List<Activity.Participants>> participants = new HashMap<>();
        jdbc.sql("""
                SELECT activity_id, category, total, women, youth, disability FROM platform.activity_participants
                WHERE activity_id IN (:ids)""")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    participants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Activity.Participants(
                            Activity.Category.valueOf(rs.getString(2)), rs.getInt(3), (Integer) rs.getObject(4),
                            (Integer) rs.getObject(5), (Integer) rs.getObject(6)));
                });
        Map<Long, Map<String, Integer>> results = new HashMap<>();
        jdbc.sql("SELECT activity_id, code, quantity FROM platform.activity_result WHERE activity_id IN (:ids) ORDER BY code")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    results.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        Map<Long, List<Activity.AgendaItem>> agenda = new HashMap<>();
        jdbc.sql("SELECT activity_id, starts_at, ends_at, title FROM platform.activity_agenda_item "
                        + "WHERE activity_id IN (:ids) ORDER BY position")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    agenda.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Activity.AgendaItem(
                            rs.getObject(2, java.time.LocalTime.class), rs.getObject(3, java.time.LocalTime.class),
                            rs.getString(4)));
                });
        return activities.stream().map(a -> new Activity(a.id(), a.programCode(), a.kind(), a.titleAr(), a.titleFr(),
                a.startsOn(), a.endsOn(), a.place(), a.onlineLink(), a.organiser(), a.outputs(),
                communes.getOrDefault(a.id(), List.of()),
                participants.getOrDefault(a.id(), List.of()).stream()
                        .sorted(java.util.Comparator.comparing(Activity.Participants::category)).toList(),
                results.getOrDefault(a.id(), Map.of()), agenda.getOrDefault(a.id(), List.of()))).toList();
    }
}
