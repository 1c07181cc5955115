package ma.mocharaka.portal.surveys;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.Session;
import org.springframework.stereotype.Repository;

import ma.mocharaka.portal.residence.CinFingerprints;

/**
 * Writes forms and their answers. Whatever the number of forms, it takes four statements: reserve the ids, insert
 * the forms from arrays, insert the answers from arrays (PostgreSQL's unnest), so 2,000 paper forms cost what one
 * does in round trips. The connection is the Hibernate session's, already set to the commune's schema.
 */
@Repository
class ResponseStore {

    private static final String INSERT_RESPONSES = """
            INSERT INTO survey_response (id, survey_id, channel, signed, cin_hash, cin_last3, username, responded_on,
                                         gender, age_band, disability, entered_by)
            SELECT u.id, ?, ?, ?, ?, ?, ?, CAST(u.d AS date), u.g, u.a, u.dis, ?
              FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::boolean[]) AS u(id, d, g, a, dis)
            ON CONFLICT (survey_id, cin_hash) DO NOTHING""";

    private static final String INSERT_ANSWERS = """
            INSERT INTO survey_answer (response_id, question_id, scale_value, option_id, text_value)
            SELECT u.r, u.q, CAST(u.s AS smallint), u.o, u.t
              FROM unnest(?::bigint[], ?::bigint[], ?::int[], ?::bigint[], ?::text[]) AS u(r, q, s, o, t)""";

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * Stores forms; returns how many were stored. A signed form ({@code cin} not null) whose person already answered
     * this survey is not stored and returns 0: the unique key on (survey, CIN hash) decides, not a prior check.
     */
    int add(long surveyId, String channel, List<NewResponse> responses, CinFingerprints.Fingerprint cin,
            String username, String enteredBy) {
        if (responses.isEmpty()) {
            return 0;
        }
        int[] stored = new int[1];
        entityManager.unwrap(Session.class).doWork(connection -> {
            Long[] ids = reserveIds(connection, responses.size());
            int n = responses.size();
            String[] dates = new String[n];
            String[] genders = new String[n];
            String[] ageBands = new String[n];
            Boolean[] disabilities = new Boolean[n];
            for (int i = 0; i < n; i++) {
                NewResponse response = responses.get(i);
                dates[i] = response.respondedOn().toString();
                var inclusion = response.inclusion();
                boolean consent = inclusion != null && inclusion.consent();
                genders[i] = consent && inclusion.gender() != null ? inclusion.gender().name() : null;
                ageBands[i] = consent && inclusion.ageBand() != null ? inclusion.ageBand().name() : null;
                disabilities[i] = consent ? inclusion.disability() : null;
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_RESPONSES)) {
                int p = 1;
                insert.setLong(p++, surveyId);
                insert.setString(p++, channel);
                insert.setBoolean(p++, cin != null);
                insert.setString(p++, cin == null ? null : cin.hash());
                insert.setString(p++, cin == null ? null : cin.lastThree());
                insert.setString(p++, cin == null ? null : username);
                insert.setString(p++, enteredBy);
                insert.setArray(p++, array(connection, "bigint", ids));
                insert.setArray(p++, array(connection, "text", dates));
                insert.setArray(p++, array(connection, "text", genders));
                insert.setArray(p++, array(connection, "text", ageBands));
                insert.setArray(p, array(connection, "boolean", disabilities));
                stored[0] = insert.executeUpdate();
            }
            if (stored[0] != n) {
                return;
            }
            List<Long> responseIds = new ArrayList<>();
            List<Long> questionIds = new ArrayList<>();
            List<Integer> scales = new ArrayList<>();
            List<Long> optionIds = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (NewResponse.Answer answer : responses.get(i).answers()) {
                    responseIds.add(ids[i]);
                    questionIds.add(answer.questionId());
                    scales.add(answer.scale());
                    optionIds.add(answer.optionId());
                    texts.add(answer.text());
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ANSWERS)) {
                insert.setArray(1, array(connection, "bigint", responseIds.toArray(Long[]::new)));
                insert.setArray(2, array(connection, "bigint", questionIds.toArray(Long[]::new)));
                insert.setArray(3, array(connection, "integer", scales.toArray(Integer[]::new)));
                insert.setArray(4, array(connection, "bigint", optionIds.toArray(Long[]::new)));
                insert.setArray(5, array(connection, "text", texts.toArray(String[]::new)));
                insert.executeUpdate();
            }
        });
        return stored[0];
    }

    private static Long[] reserveIds(Connection connection, int count) throws SQLException {
        Long[] ids = new Long[count];
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('survey_response', 'id')) FROM generate_series(1, ?)")) {
            next.setInt(1, count);
            try (ResultSet rows = next.executeQuery()) {
                int i = 0;
                while (rows.next()) {
                    ids[i++] = rows.getLong(1);
                }
            }
        }
        return ids;
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
