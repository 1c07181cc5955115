package ma.mocharaka.admin.analytics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.mocharaka.platform.analytics.CommuneChanges;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Rolls each commune's monthly facts up into the shared schema, which is all that pages and the API read. A commune
 * is read when it signalled a change ({@link CommuneChanges}) and again by the full sweep; the program office's own
 * figures (onboarding, trainings) are computed for every commune at once from the shared tables. Only the
 * aggregates of the fact views cross the tenant boundary. A commune whose facts did not change costs no write.
 */
@Component
public class RollUp {

    static final String COMMUNE_SOURCE = "C";
    static final String PROGRAM_SOURCE = "P";

    private static final Logger log = LoggerFactory.getLogger(RollUp.class);
    private static final Pattern FACT_VIEW = Pattern.compile("^[a-z][a-z0-9_]{0,40}_monthly_fact$");
    private static final Pattern SCHEMA = Pattern.compile("^commune_[a-z0-9_]{1,54}$");
    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9_.]{0,59}$");
    /** First key of the advisory locks this roll-up takes (the second is the commune's id). */
    private static final int LOCK_SPACE = 0x616e61;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final CommuneRegistry registry;
    private final CommuneChanges changes;
    private final Indicators indicators;
    private final Clock clock;
    private final int parallelism;
    /** The fact views of a schema depend only on its changelog version, so they are looked up once per version. */
    private final Map<Integer, List<String>> factViewsByVersion = new ConcurrentHashMap<>();

    RollUp(DataSource dataSource, PlatformTransactionManager transactionManager, CommuneRegistry registry,
           CommuneChanges changes, Indicators indicators, Clock clock,
           @Value("${mocharaka.analytics.parallelism:0}") int parallelism,
           @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.registry = registry;
        this.changes = changes;
        this.indicators = indicators;
        this.clock = clock;
        // A quarter of the pool: the roll-up must never starve the pages of connections.
        this.parallelism = parallelism > 0 ? parallelism : Math.max(1, poolSize / 4);
    }

    /** The communes that signalled a change, then the program office's figures. Returns the communes rolled up. */
    public int rollUpChanged() {
        Set<String> changed;
        try {
            changed = changes.take(5_000);
        } catch (RuntimeException e) {
            log.warn("Changed communes unavailable ({}); relying on the full sweep", e.toString());
            changed = Set.of();
        }
        List<Commune> communes = new ArrayList<>();
        for (String slug : changed) {
            registry.findBySlug(slug).filter(Commune::isActive).ifPresent(communes::add);
        }
        List<String> failed = rollUpAll(communes);
        changes.putBack(failed);
        rollUpProgramOffice();
        return communes.size() - failed.size();
    }

    /** Every active commune, whatever the signals said: the safety net for lost signals and date-driven facts. */
    public int sweep() {
        List<Commune> communes = registry.findActive();
        List<String> failed = rollUpAll(communes);
        rollUpProgramOffice();
        return communes.size() - failed.size();
    }

    private List<String> rollUpAll(List<Commune> communes) {
        if (communes.isEmpty()) {
            return List.of();
        }
        List<String> failed = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, communes.size()))) {
            List<Future<?>> runs = new ArrayList<>();
            for (Commune commune : communes) {
                runs.add(pool.submit(() -> rollUp(commune)));
            }
            for (int i = 0; i < runs.size(); i++) {
                try {
                    runs.get(i).get();
                } catch (Exception e) {
                    failed.add(communes.get(i).slug());
                    log.error("Analytics roll-up failed for commune {}", communes.get(i).slug(), e);
                }
            }
        }
        return failed;
    }

    /** Reads one commune's fact views and stores their aggregates, bound to that commune for logs and metrics. */
    public void rollUp(Commune commune) {
        List<MonthFact> facts = CurrentCommune.callAs(commune, () -> readFacts(commune));
        store(commune.id(), COMMUNE_SOURCE, facts);
    }

    List<MonthFact> readFacts(Commune commune) {
        if (!SCHEMA.matcher(commune.schemaName()).matches()) {
            throw new IllegalStateException("Unexpected schema name " + commune.schemaName());
        }
        List<String> views = factViewsByVersion.computeIfAbsent(commune.schemaVersion(), version -> factViews(commune));
        if (views.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT indicator, dimension, month, sum(amount) AS amount FROM (");
        for (int i = 0; i < views.size(); i++) {
            if (i > 0) {
                sql.append(" UNION ALL ");
            }
            // Both identifiers are checked above: the schema comes from the registry, the view from the catalogue.
            sql.append("SELECT CAST(indicator AS text) AS indicator, CAST(coalesce(dimension, '') AS text) AS dimension,")
                    .append(" CAST(month AS date) AS month, CAST(amount AS numeric) AS amount FROM \"")
                    .append(commune.schemaName()).append("\".\"").append(views.get(i)).append('"');
        }
        sql.append(") f WHERE month IS NOT NULL AND amount IS NOT NULL GROUP BY 1, 2, 3");
        List<MonthFact> facts = new ArrayList<>();
        jdbc.sql(sql.toString()).query(rs -> {
            String indicator = rs.getString("indicator");
            String dimension = rs.getString("dimension");
            if (indicator == null || !CODE.matcher(indicator).matches() || dimension.length() > 60) {
                log.warn("Commune {}: ignoring a fact with a malformed code {}", commune.slug(), indicator);
                return;
            }
            facts.add(new MonthFact(indicator, dimension, YearMonth.from(rs.getDate("month").toLocalDate()),
                    rs.getBigDecimal("amount")));
        });
        return facts;
    }

    private List<String> factViews(Commune commune) {
        return jdbc.sql("""
                        SELECT viewname FROM pg_catalog.pg_views
                        WHERE schemaname = ? AND viewname LIKE '%\\_monthly\\_fact' ORDER BY viewname""")
                .param(commune.schemaName())
                .query(String.class).list().stream()
                .filter(name -> FACT_VIEW.matcher(name).matches())
                .toList();
    }

    /** Onboarding and trainings of every commune, from the program office's tables, in one pass. */
    public void rollUpProgramOffice() {
        Map<Long, List<MonthFact>> byCommune = new HashMap<>();
        jdbc.sql(PROGRAM_OFFICE_FACTS).query(rs -> {
            byCommune.computeIfAbsent(rs.getLong("commune_id"), id -> new ArrayList<>())
                    .add(new MonthFact(rs.getString("indicator"), "",
                            YearMonth.from(rs.getDate("month").toLocalDate()), rs.getBigDecimal("amount")));
        });
        Map<Long, Integer> populations = new HashMap<>();
        jdbc.sql("SELECT id, population FROM platform.commune").query(rs -> {
            populations.put(rs.getLong(1), (Integer) rs.getObject(2));
        });
        Map<Long, String> stored = new HashMap<>();
        jdbc.sql("SELECT commune_id, fingerprint FROM platform.analytics_rollup WHERE source = 'P'")
                .query(rs -> {
                    stored.put(rs.getLong(1), rs.getString(2));
                });
        for (Long communeId : stored.keySet()) {
            byCommune.putIfAbsent(communeId, List.of());
        }
        byCommune.forEach((communeId, facts) -> {
            if (!fingerprint(facts, populations.get(communeId)).equals(stored.get(communeId))) {
                store(communeId, PROGRAM_SOURCE, facts);
            }
        });
    }

    /** Replaces a commune's rows from one source, unless what was read is what was stored last time. */
    void store(long communeId, String source, List<MonthFact> facts) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, (int) communeId).query(rs -> { });
            Integer population = jdbc.sql("SELECT population FROM platform.commune WHERE id = ?").param(communeId)
                    .query((rs, n) -> (Integer) rs.getObject(1)).optional().orElse(null);
            String fingerprint = fingerprint(facts, population);
            String previous = jdbc.sql("SELECT fingerprint FROM platform.analytics_rollup WHERE commune_id = ? AND source = ?")
                    .params(communeId, source).query(String.class).optional().orElse(null);
            if (!fingerprint.equals(previous)) {
                jdbc.sql("DELETE FROM platform.commune_indicator WHERE commune_id = ? AND source = ?")
                        .params(communeId, source).update();
                List<PeriodRows.Row> rows = PeriodRows.expand(facts, indicators.stockFacts(), currentMonth());
                batch.batchUpdate("""
                                INSERT INTO platform.commune_indicator
                                    (commune_id, source, indicator, dimension, period_kind, period_start, amount, cumulative)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", rows, 500,
                        (ps, row) -> {
                            ps.setLong(1, communeId);
                            ps.setString(2, source);
                            ps.setString(3, row.indicator());
                            ps.setString(4, row.dimension());
                            ps.setString(5, row.kind().code());
                            ps.setDate(6, Date.valueOf(row.start().atDay(1)));
                            ps.setBigDecimal(7, row.amount());
                            ps.setBigDecimal(8, row.cumulative());
                        });
                refreshValues(communeId, population);
            }
            jdbc.sql("""
                    INSERT INTO platform.analytics_rollup (commune_id, source, fingerprint, rolled_up_at)
                    VALUES (?, ?, ?, now())
                    ON CONFLICT (commune_id, source) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, rolled_up_at = now()""")
                    .params(communeId, source, fingerprint).update();
        });
    }

    private YearMonth currentMonth() {
        return YearMonth.from(LocalDate.now(clock));
    }

    /**
     * Every indicator's value for every period of one commune, from both sources' rows, so pages read one row per
     * commune. Keys of indicators without data are left out ("no data").
     */
    private void refreshValues(long communeId, Integer population) {
        Set<String> histograms = indicators.histogramFacts();
        Map<String, Map<String, IndicatorValue.Fact>> periods = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT indicator, dimension, period_kind, period_start, amount, cumulative
                        FROM platform.commune_indicator WHERE commune_id = ?""")
                .param(communeId)
                .query(rs -> {
                    String indicator = rs.getString("indicator");
                    periods.computeIfAbsent(rs.getString("period_kind") + rs.getDate("period_start"), k -> new HashMap<>())
                            .computeIfAbsent(indicator, k -> new IndicatorValue.Fact())
                            .add(rs.getString("dimension"), rs.getBigDecimal("amount"), rs.getBigDecimal("cumulative"),
                                    histograms.contains(indicator));
                });
        jdbc.sql("DELETE FROM platform.commune_indicator_value WHERE commune_id = ?").param(communeId).update();
        List<Object[]> rows = new ArrayList<>();
        periods.forEach((period, facts) -> {
            StringBuilder json = new StringBuilder("{");
            for (Indicator indicator : indicators.all()) {
                java.math.BigDecimal value = IndicatorValue.of(indicator, facts, population);
                if (value != null) {
                    // Codes are checked against [a-z0-9_.] and values are plain numbers: nothing to escape.
                    json.append(json.length() > 1 ? "," : "").append('"').append(indicator.code()).append("\":")
                            .append(value.toPlainString());
                }
            }
            json.append('}');
            rows.add(new Object[] {communeId, period.substring(0, 1), Date.valueOf(period.substring(1)), json.toString()});
        });
        batch.batchUpdate("""
                INSERT INTO platform.commune_indicator_value (commune_id, period_kind, period_start, "values")
                VALUES (?, ?, ?, CAST(? AS jsonb))""", rows);
    }

    /** What was read, the population (per-1,000 figures) and the current month (stocks run up to today). */
    private String fingerprint(List<MonthFact> facts, Integer population) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((currentMonth() + "|" + population + "|").getBytes(StandardCharsets.UTF_8));
            facts.stream()
                    .sorted(Comparator.comparing(MonthFact::indicator).thenComparing(MonthFact::dimension)
                            .thenComparing(MonthFact::month))
                    .forEach(f -> digest.update((f.indicator() + '\u0000' + f.dimension() + '\u0000' + f.month()
                            + '\u0000' + f.amount().stripTrailingZeros().toPlainString() + '\n')
                            .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Onboarding: the program template's steps (dated at enrolment), steps done (at completion), steps late (at
     * their due date; late = neither done nor blocked and due before today, as StepStatus says). Trainings and
     * meetings held (started by today) for each commune they involve, with their participants; the inclusion
     * numerators and their base count only the rows whose three breakdowns were counted, as the program dashboard.
     */
    private static final String PROGRAM_OFFICE_FACTS = """
            WITH today AS (SELECT CAST(now() AT TIME ZONE 'Africa/Casablanca' AS date) AS d),
            enrolled AS (
                SELECT e.commune_id, e.program_id, coalesce(e.joined_on, p.starts_on, (SELECT d FROM today)) AS since
                FROM platform.program_enrolment e JOIN platform.program p ON p.id = e.program_id)
            SELECT e.commune_id, 'onboarding.steps.total' AS indicator,
                   CAST(date_trunc('month', e.since) AS date) AS month, CAST(count(t.id) AS numeric) AS amount
            FROM enrolled e JOIN platform.onboarding_step_template t ON t.program_id = e.program_id
            GROUP BY 1, 3
            UNION ALL
            SELECT s.commune_id, 'onboarding.steps.done', CAST(date_trunc('month', s.actual_on) AS date), count(*)
            FROM platform.onboarding_step s
            JOIN platform.onboarding_step_template t ON t.id = s.template_id
            JOIN platform.program_enrolment e ON e.program_id = t.program_id AND e.commune_id = s.commune_id
            WHERE s.status = 'DONE' AND s.actual_on IS NOT NULL
            GROUP BY 1, 3
            UNION ALL
            SELECT s.commune_id, 'onboarding.steps.late', CAST(date_trunc('month', s.planned_on) AS date), count(*)
            FROM platform.onboarding_step s
            JOIN platform.onboarding_step_template t ON t.id = s.template_id
            JOIN platform.program_enrolment e ON e.program_id = t.program_id AND e.commune_id = s.commune_id
            WHERE s.status NOT IN ('DONE', 'BLOCKED') AND s.planned_on < (SELECT d FROM today)
            GROUP BY 1, 3
            UNION ALL
            SELECT ac.commune_id, x.indicator, CAST(date_trunc('month', a.starts_on) AS date), sum(x.amount)
            FROM platform.activity a
            JOIN platform.activity_commune ac ON ac.activity_id = a.id
            CROSS JOIN LATERAL (
                SELECT coalesce(sum(p.total), 0) AS total,
                       coalesce(sum(p.total) FILTER (WHERE p.women IS NOT NULL AND p.youth IS NOT NULL
                                                     AND p.disability IS NOT NULL), 0) AS counted,
                       coalesce(sum(p.women) FILTER (WHERE p.youth IS NOT NULL AND p.disability IS NOT NULL), 0) AS women,
                       coalesce(sum(p.youth) FILTER (WHERE p.women IS NOT NULL AND p.disability IS NOT NULL), 0) AS youth,
                       coalesce(sum(p.disability) FILTER (WHERE p.women IS NOT NULL AND p.youth IS NOT NULL), 0) AS disability
                FROM platform.activity_participants p WHERE p.activity_id = a.id) p
            CROSS JOIN LATERAL (VALUES ('trainings.sessions', 1::bigint),
                                       ('trainings.participants', p.total),
                                       ('trainings.participants.counted', p.counted),
                                       ('trainings.participants.women', p.women),
                                       ('trainings.participants.youth', p.youth),
                                       ('trainings.participants.disability', p.disability)) AS x(indicator, amount)
            WHERE a.starts_on <= (SELECT d FROM today)
            GROUP BY 1, 2, 3""";
}
