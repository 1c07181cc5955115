package ma.mocharaka.portal.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.portal.privacy.PersonalData;

/**
 * Law 09-08 for surveys: only signed answers are linked to an account (anonymous and paper ones never are). Export
 * gives them with their answers; erasure unlinks them (account and CIN hash removed) and leaves the answers counted.
 */
@Component
class SurveyPersonalData implements PersonalData {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String section() {
        return "surveys";
    }

    @Override
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public Object export(String account) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT r.id, r.survey_id, s.service_code, s.title, r.responded_on, r.cin_last3, r.gender,
                               r.age_band, r.disability, q.position, q.kind, a.scale_value, o.label, a.text_value
                          FROM survey_response r
                          JOIN survey s ON s.id = r.survey_id
                          LEFT JOIN survey_answer a ON a.response_id = r.id
                          LEFT JOIN survey_question q ON q.id = a.question_id
                          LEFT JOIN survey_option o ON o.id = a.option_id
                         WHERE r.username = :account
                         ORDER BY r.id, q.position""")
                .setParameter("account", account).getResultList();
        Map<Long, Map<String, Object>> responses = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Map<String, Object> response = responses.computeIfAbsent(((Number) row[0]).longValue(), id -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("survey", ((Number) row[1]).longValue());
                r.put("service", row[2]);
                r.put("surveyTitle", String.valueOf(row[3]));
                r.put("respondedOn", String.valueOf(row[4]));
                r.put("cinLast3", row[5]);
                r.put("gender", row[6]);
                r.put("ageBand", row[7]);
                r.put("disability", row[8]);
                r.put("answers", new java.util.ArrayList<Map<String, Object>>());
                return r;
            });
            if (row[9] != null) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("question", ((Number) row[9]).intValue());
                answer.put("kind", row[10]);
                answer.put("value", row[11] != null ? ((Number) row[11]).intValue()
                        : row[12] != null ? String.valueOf(row[12]) : row[13]);
                ((List<Map<String, Object>>) response.get("answers")).add(answer);
            }
        }
        return List.copyOf(responses.values());
    }

    @Override
    @Transactional
    public void erase(String account) {
        entityManager.createNativeQuery("""
                        UPDATE survey_response SET username = NULL, cin_hash = NULL, cin_last3 = NULL
                         WHERE username = :account""")
                .setParameter("account", account).executeUpdate();
    }
}
