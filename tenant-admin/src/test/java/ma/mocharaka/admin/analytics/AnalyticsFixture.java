package ma.mocharaka.admin.analytics;

import java.sql.SQLException;

import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.migration.CommuneSchemaMigrator;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistration;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CommuneStatus;

/**
 * Two communes of known facts, in 2024, with a program of their own (targets 40 / 30 / 5 %), so every indicator has
 * a value that can be computed by hand (see AnalyticsIndicatorsTest). Created once per test database.
 *
 * <pre>
 * analytics-a (20,000 inhabitants)              analytics-b (50,000 inhabitants)
 * forums: 2 held (Mar, May) + 1 in 2099         forums: 1 held (Jul), 2 attendees without consent
 *   5 attendees, 4 answered: 3 women,           consultations: 1 visible contribution (Sep), no synthesis
 *   2 aged 18-35, 1 with a disability           petitions, bodies: none
 * consultations: 4 visible contributions        onboarding: joined 2024-06, no step done
 *   (1 hidden not counted), 2 synthesised       training of 2024-03-05 shared with A
 * petitions: 4 submitted, 2 admissible,
 *   1 accepted, decisions after 30/112/99 days,
 *   1 overdue (submitted 2024-03-01)
 * bodies: 2 opinions submitted, 1 answered
 * onboarding: 4 template steps, 2 done (Feb, Mar), 1 late, 1 blocked
 * trainings: 2024-03-05 (with B) and 2024-10-01
 * </pre>
 */
final class AnalyticsFixture {

    static final String A = "analytics-a";
    static final String B = "analytics-b";
    static final String PROGRAM = "analytics-test";

    private AnalyticsFixture() {
    }

    static synchronized void ensure(JdbcClient jdbc, CommuneRegistry registry, CommuneSchemaMigrator migrator)
            throws SQLException {
        if (registry.findBySlug(A).filter(Commune::isActive).isPresent()) {
            return;
        }
        Commune a = active(registry, migrator, new CommuneRegistration(A, "الجماعة أ", "Commune A", "ⵜⴰⵊⵎⴰⵄⵜ A",
                "Commune A", "Région test", "Province A", 20_000, "URBAN", false));
        Commune b = active(registry, migrator, new CommuneRegistration(B, "الجماعة ب", "Commune B", "ⵜⴰⵊⵎⴰⵄⵜ B",
                "Commune B", "Région test", "Province B", 50_000, "RURAL", false));
        communeA(jdbc, a.schemaName());
        communeB(jdbc, b.schemaName());
        programOffice(jdbc, a.id(), b.id());
    }

    private static Commune active(CommuneRegistry registry, CommuneSchemaMigrator migrator,
                                  CommuneRegistration registration) throws SQLException {
        Commune commune = registry.register(registration);
        int version = migrator.migrate(commune);
        registry.markMigrated(commune, version);
        registry.markStep(commune, CommuneStatus.ACTIVE, null, null);
        return registry.findBySlug(registration.slug()).orElseThrow();
    }

    private static void communeA(JdbcClient jdbc, String s) {
        long f1 = forum(jdbc, s, "2024-03-10 10:00");
        attendee(jdbc, s, f1, true, "'WOMAN'", "'FROM_18_TO_35'", "false");
        attendee(jdbc, s, f1, true, "'MAN'", "'FROM_36_TO_59'", "true");
        attendee(jdbc, s, f1, true, "'WOMAN'", "'FROM_60'", "false");
        attendee(jdbc, s, f1, false, "NULL", "NULL", "NULL");
        long f2 = forum(jdbc, s, "2024-05-20 10:00");
        attendee(jdbc, s, f2, true, "'WOMAN'", "'FROM_18_TO_35'", "false");
        forum(jdbc, s, "2099-01-01 10:00");

        long c1 = consultation(jdbc, s, "2024-02-01", "2024-02-28", "2024-03-05");
        long s1 = section(jdbc, s, c1);
        contribution(jdbc, s, s1, "2024-02-10 12:00+01", false);
        contribution(jdbc, s, s1, "2024-02-11 12:00+01", false);
        contribution(jdbc, s, s1, "2024-02-12 12:00+01", true);
        long c2 = consultation(jdbc, s, "2024-06-01", "2024-06-30", null);
        long s2 = section(jdbc, s, c2);
        contribution(jdbc, s, s2, "2024-06-05 12:00+01", false);
        contribution(jdbc, s, s2, "2024-06-06 12:00+01", false);

        petition(jdbc, s, "REJECTED", "2024-01-10", "2024-02-09", null, "2024-02-09");
        petition(jdbc, s, "ACCEPTED", "2024-01-15", "2024-02-01", "2024-05-01", "2024-05-06");
        petition(jdbc, s, "DECLINED", "2024-02-01", "2024-02-20", "2024-05-01", "2024-05-10");
        petition(jdbc, s, "SUBMITTED", "2024-03-01", null, null, null);
        petition(jdbc, s, "COLLECTING", null, null, null, null);

        long body = jdbc.sql("INSERT INTO " + s + ".advisory_body (kind, name, mandate, created_by) "
                        + "VALUES ('EQUALITY_BODY', '{\"fr\":\"IEECAG\"}', '{\"fr\":\"Avis\"}', 'test') RETURNING id")
                .query(Long.class).single();
        jdbc.sql("INSERT INTO " + s + ".advisory_opinion (body_id, title, text, drafted_on, submitted_on, council_answer, "
                        + "answer_reasons, answered_on) VALUES (?, '{\"fr\":\"A\"}', '{\"fr\":\"A\"}', DATE '2024-01-05', "
                        + "DATE '2024-02-01', 'ACCEPTED', '{\"fr\":\"Oui\"}', DATE '2024-03-01')")
                .param(body).update();
        jdbc.sql("INSERT INTO " + s + ".advisory_opinion (body_id, title, text, drafted_on, submitted_on) "
                        + "VALUES (?, '{\"fr\":\"B\"}', '{\"fr\":\"B\"}', DATE '2024-04-01', DATE '2024-04-10')")
                .param(body).update();
    }

    private static void communeB(JdbcClient jdbc, String s) {
        long f = forum(jdbc, s, "2024-07-01 18:00");
        attendee(jdbc, s, f, false, "NULL", "NULL", "NULL");
        attendee(jdbc, s, f, false, "NULL", "NULL", "NULL");
        long c = consultation(jdbc, s, "2024-09-01", "2024-09-30", null);
        contribution(jdbc, s, section(jdbc, s, c), "2024-09-01 12:00+01", false);
    }

    private static void programOffice(JdbcClient jdbc, long a, long b) {
        long program = jdbc.sql("""
                INSERT INTO platform.program (code, name_ar, name_fr, target_women_pct, target_youth_pct, target_disability_pct)
                VALUES (?, 'برنامج الاختبار', 'Programme de test', 40, 30, 5) RETURNING id""")
                .param(PROGRAM).query(Long.class).single();
        jdbc.sql("INSERT INTO platform.program_enrolment (program_id, commune_id, cohort, joined_on) VALUES (?, ?, 'PILOT', DATE '2024-01-01')")
                .params(program, a).update();
        jdbc.sql("INSERT INTO platform.program_enrolment (program_id, commune_id, cohort, joined_on) VALUES (?, ?, 'PARTNER', DATE '2024-06-01')")
                .params(program, b).update();
        long[] steps = new long[4];
        for (int i = 0; i < 4; i++) {
            steps[i] = jdbc.sql("INSERT INTO platform.onboarding_step_template (program_id, position, code, name_ar, name_fr) "
                            + "VALUES (?, ?, ?, 'مرحلة', 'Étape') RETURNING id")
                    .params(program, i + 1, "s" + (i + 1)).query(Long.class).single();
        }
        step(jdbc, steps[0], a, "DONE", "2024-02-01", "2024-02-01");
        step(jdbc, steps[1], a, "DONE", "2024-03-01", "2024-03-15");
        step(jdbc, steps[2], a, "PLANNED", "2024-04-01", null);
        step(jdbc, steps[3], a, "BLOCKED", "2024-04-01", null);

        long training = activity(jdbc, program, "TRAINING", "2024-03-05");
        jdbc.sql("INSERT INTO platform.activity_commune VALUES (?, ?), (?, ?)").params(training, a, training, b).update();
        jdbc.sql("INSERT INTO platform.activity_participants (activity_id, category, total, women, youth, disability) "
                + "VALUES (?, 'ELECTED', 10, 4, 3, 1), (?, 'CITIZENS', 5, NULL, NULL, NULL)").params(training, training).update();
        long meeting = activity(jdbc, program, "MEETING", "2024-10-01");
        jdbc.sql("INSERT INTO platform.activity_commune VALUES (?, ?)").params(meeting, a).update();
        jdbc.sql("INSERT INTO platform.activity_participants (activity_id, category, total, women, youth, disability) "
                + "VALUES (?, 'ASSOCIATIONS', 6, 3, 3, 0)").param(meeting).update();
    }

    private static long forum(JdbcClient jdbc, String s, String startsAt) {
        return jdbc.sql("INSERT INTO " + s + ".forum (kind, title, summary, place, starts_at, ends_at, created_by) "
                        + "VALUES ('CITIZEN_FORUM', '{\"fr\":\"Forum\"}', '{\"fr\":\"-\"}', '{\"fr\":\"Salle\"}', "
                        + "CAST(? AS timestamp), CAST(? AS timestamp) + interval '2 hours', 'test') RETURNING id")
                .params(startsAt, startsAt).query(Long.class).single();
    }

    private static void attendee(JdbcClient jdbc, String s, long forum, boolean consent, String gender, String age,
                                 String disability) {
        jdbc.sql("INSERT INTO " + s + ".forum_attendance (forum_id, consent, gender, age_band, disability, checked_in_by) "
                + "VALUES (?, ?, " + gender + ", " + age + ", " + disability + ", 'test')").params(forum, consent).update();
    }

    private static long consultation(JdbcClient jdbc, String s, String opens, String closes, String synthesised) {
        return jdbc.sql("INSERT INTO " + s + ".consultation (document_kind, title, summary, opens_on, closes_on, synthesis, "
                        + "synthesised_on, created_by) VALUES ('CHARTER', '{\"fr\":\"C\"}', '{\"fr\":\"C\"}', CAST(? AS date), "
                        + "CAST(? AS date), CASE WHEN CAST(? AS date) IS NULL THEN NULL ELSE '{\"fr\":\"Synthèse\"}'::jsonb END, "
                        + "CAST(? AS date), 'test') RETURNING id")
                .params(opens, closes, synthesised, synthesised).query(Long.class).single();
    }

    private static long section(JdbcClient jdbc, String s, long consultation) {
        return jdbc.sql("INSERT INTO " + s + ".consultation_section (consultation_id, position, title, body) "
                        + "VALUES (?, 1, '{\"fr\":\"S\"}', '{\"fr\":\"S\"}') RETURNING id")
                .param(consultation).query(Long.class).single();
    }

    private static void contribution(JdbcClient jdbc, String s, long section, String at, boolean hidden) {
        jdbc.sql("INSERT INTO " + s + ".consultation_contribution (section_id, kind, author, body, created_at, "
                        + "hidden_reason, moderated_by) VALUES (?, 'COMMENT', 'citizen-account', 'Texte', CAST(? AS timestamptz), ?, ?)")
                .params(section, at, hidden ? "insult" : null, hidden ? "moderator" : null).update();
    }

    private static void petition(JdbcClient jdbc, String s, String status, String submitted, String admissibility,
                                 String session, String decision) {
        jdbc.sql("INSERT INTO " + s + ".petition (kind, title, body, representative_name, deputy_name, status, "
                        + "submitted_on, admissibility_on, session_month, decision_on, created_by) VALUES ('CITIZENS', "
                        + "'{\"fr\":\"P\"}', '{\"fr\":\"P\"}', 'Representative Name', 'Deputy Name', ?, CAST(? AS date), "
                        + "CAST(? AS date), CAST(? AS date), CAST(? AS date), 'test')")
                .params(status, submitted, admissibility, session, decision).update();
    }

    private static void step(JdbcClient jdbc, long template, long commune, String status, String planned, String actual) {
        jdbc.sql("INSERT INTO platform.onboarding_step (template_id, commune_id, status, planned_on, actual_on) "
                        + "VALUES (?, ?, ?, CAST(? AS date), CAST(? AS date))")
                .params(template, commune, status, planned, actual).update();
    }

    private static long activity(JdbcClient jdbc, long program, String kind, String on) {
        return jdbc.sql("INSERT INTO platform.activity (program_id, kind, title_ar, title_fr, starts_on, ends_on) "
                        + "VALUES (?, ?, 'نشاط', 'Activité', CAST(? AS date), CAST(? AS date)) RETURNING id")
                .params(program, kind, on, on).query(Long.class).single();
    }
}
