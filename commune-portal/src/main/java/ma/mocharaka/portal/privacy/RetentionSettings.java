package ma.mocharaka.portal.privacy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** The current commune's retention periods: its own choice per category, else the module's default. */
@Service
public class RetentionSettings {

    /** Twenty years: beyond that a period is no longer a limit. Matches the schema's check. */
    static final int MAXIMUM_MONTHS = 240;

    private final List<ExpiringData> categories;
    private final AuditTrail audit;

    @PersistenceContext
    private EntityManager entityManager;

    RetentionSettings(List<ExpiringData> categories, AuditTrail audit) {
        this.categories = categories.stream().sorted(Comparator.comparing(ExpiringData::category)).toList();
        this.audit = audit;
    }

    /** One line per category, in a stable order. */
    public record Period(String category, int months, int defaultMonths, int minimumMonths, boolean chosen) {
    }

    List<ExpiringData> categories() {
        return categories;
    }

    @Transactional(readOnly = true)
    public List<Period> current() {
        Map<String, Integer> chosen = chosen();
        return categories.stream().map(category -> new Period(category.category(),
                chosen.getOrDefault(category.category(), category.defaultMonths()), category.defaultMonths(),
                category.minimumMonths(), chosen.containsKey(category.category()))).toList();
    }

    @Transactional(readOnly = true)
    public int monthsFor(ExpiringData category) {
        return Optional.ofNullable(chosen().get(category.category())).orElse(category.defaultMonths());
    }

    /**
     * Saves every category's period at once, or nothing: returns the categories whose value is out of range (the
     * page then shows them with what was typed).
     */
    @Transactional
    public Map<String, String> save(Map<String, Integer> months, String staff) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ExpiringData category : categories) {
            Integer value = months.get(category.category());
            if (value == null || value < category.minimumMonths() || value > MAXIMUM_MONTHS) {
                errors.put(category.category(), "privacy.retention.error.range");
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        Map<String, Integer> before = chosen();
        for (ExpiringData category : categories) {
            int value = months.get(category.category());
            entityManager.createNativeQuery("""
                            INSERT INTO retention_setting (category, months, updated_by) VALUES (:category, :months, :staff)
                            ON CONFLICT (category) DO UPDATE SET months = EXCLUDED.months, updated_by = EXCLUDED.updated_by,
                                                                 updated_at = now()""")
                    .setParameter("category", category.category()).setParameter("months", value)
                    .setParameter("staff", staff).executeUpdate();
        }
        audit.record(staff, CurrentCommune.require().slug(), "privacy.retention-set", "retention_setting",
                before.toString(), new java.util.TreeMap<>(months).toString());
        return Map.of();
    }

    private Map<String, Integer> chosen() {
        Map<String, Integer> chosen = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery("SELECT category, months FROM retention_setting").getResultList();
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            chosen.put((String) values[0], ((Number) values[1]).intValue());
        }
        return chosen;
    }
}
