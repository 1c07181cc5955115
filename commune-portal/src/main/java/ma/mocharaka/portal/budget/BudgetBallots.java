package ma.mocharaka.portal.budget;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ma.mocharaka.platform.tenancy.CommuneStatements;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.residence.ResidenceVerification;
import ma.mocharaka.portal.residence.ResidenceVerification.VerifiedPerson;

/**
 * Ballots, one per CIN hash and cycle. Casting and changing are one statement each that decides through the unique
 * key and only while the cycle's vote window is open, so a hundred simultaneous clicks, a change racing the close,
 * or a paper ballot typed after an online one all leave exactly one ballot.
 */
@Repository
class BudgetBallots {

    /**
     * The vote window and the cycle's rules as the database sees them when the ballot is written, for the cycle
     * {@code c}; :today comes from the same clock as the page's phase. The service has checked the same with a
     * snapshot that may be seconds old; this is the check that counts. One text for every ballot statement, whether
     * its tables are reached through the connection's schema ({@code tables} empty) or named for
     * {@link CommuneStatements} ({@code "{commune}."}), whatever gives the voter's age, and whether the ballot is a
     * parameter or a row of a batch ({@code projects}, a bigint[], and {@code total}).
     */
    private static String ballotFitsOpenCycle(String tables, String age, String projects, String total) {
        return """
                WHERE c.id = :cycle AND c.vote_from <= :today AND c.results_from > :today
                  AND c.results_published_at IS NULL
                  AND (c.min_age IS NULL OR %2$s >= c.min_age)
                  AND (c.rule <> 'APPROVAL' OR cardinality(%3$s) <= c.max_choices)
                  AND (c.rule <> 'KNAPSACK' OR %4$s <= c.budget_mad)
                  AND (SELECT count(*) = cardinality(%3$s) AND coalesce(sum(p.cost_mad), -1) = %4$s
                         FROM %1$sbudget_project p
                        WHERE p.cycle_id = c.id AND p.status = 'FEASIBLE' AND p.id = ANY (%3$s))
                """.formatted(tables, age, projects, total);
    }

    private static final String BALLOT_FITS_OPEN_CYCLE = "FROM budget_cycle c\n"
            + ballotFitsOpenCycle("", ":age", "CAST(:projects AS bigint[])", ":total");

    /**
     * The busy path's statement (see {@link #castOnlineAsVerifiedAccounts}), built once: a batch of ballots of one
     * cycle, given as three arrays of the same length (accounts, projects as bigint[] literals, totals).
     */
    private static final String CAST_AS_VERIFIED_ACCOUNTS = """
                        INSERT INTO {commune}.budget_ballot AS b (cycle_id, cin_hash, cin_last3, channel, username,
                                                                  entered_by, project_ids, total_mad)
                        SELECT c.id, r.cin_hash, r.cin_last3, 'ONLINE', r.username, r.username,
                               CAST(v.projects AS bigint[]), v.total
                          FROM unnest(CAST(:accounts AS text[]), CAST(:projects AS text[]), CAST(:totals AS bigint[]))
                               AS v (account, projects, total)
                          JOIN """ + ResidenceVerification.VERIFIED_ACCOUNTS_SQL + """
                         r ON r.username = v.account
                          JOIN {commune}.budget_cycle c ON c.id = :cycle
                        """ + ballotFitsOpenCycle(CommuneStatements.PLACEHOLDER + ".", "coalesce(:year - r.birth_year, -1)",
            "CAST(v.projects AS bigint[])", "v.total") + """
                        ON CONFLICT (cycle_id, cin_hash) DO UPDATE
                           SET project_ids = EXCLUDED.project_ids, total_mad = EXCLUDED.total_mad,
                               username = EXCLUDED.username, changed_at = now(),
                               changes = b.changes + 1
                         WHERE b.channel = 'ONLINE'
                        RETURNING username, changes""";

    private final BallotBatches batches = new BallotBatches();

    @PersistenceContext
    private EntityManager entityManager;

    private final CommuneStatements statements;

    BudgetBallots(CommuneStatements statements) {
        this.statements = statements;
    }

    /**
     * The busy path of a vote: casts or changes the online ballot of the verified resident holding this account, in
     * auto-commit (the statement is atomic by itself), together with the ballots of the same cycle that arrive
     * meanwhile (see {@link BallotBatches}); inside a caller's transaction, alone and in that transaction. It checks what {@link #castOnline} checks, plus the residence and
     * the age, in the database. Empty when nothing was written, whatever the reason; the caller then works out the
     * reason on fresh rows.
     */
    Optional<Integer> castOnlineAsVerifiedAccount(long cycleId, String username, List<Long> projects, long totalMad,
                                                  LocalDate today) {
        BallotBatches.Ballot ballot = new BallotBatches.Ballot(username, projects, totalMad);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Other citizens' ballots must not commit or roll back with this caller's transaction.
            return Optional.ofNullable(castOnlineAsVerifiedAccounts(cycleId, List.of(ballot), today).get(username));
        }
        String schema = CurrentCommune.require().schemaName();
        return batches.cast(schema + '/' + cycleId, ballot, batch -> castOnlineAsVerifiedAccounts(cycleId, batch, today));
    }

    /** Writes a batch; answers the number of changes per account whose ballot was written. */
    Map<String, Integer> castOnlineAsVerifiedAccounts(long cycleId, List<BallotBatches.Ballot> batch,
                                                      LocalDate today) {
        Map<String, Integer> written = new HashMap<>();
        statements.sql(CAST_AS_VERIFIED_ACCOUNTS)
                .param("accounts", arrayLiteral(batch.stream().map(BallotBatches.Ballot::username).toList()))
                .param("projects", arrayLiteral(batch.stream().map(ballot -> array(ballot.projects())).toList()))
                .param("totals", array(batch.stream().map(BallotBatches.Ballot::totalMad).toList()))
                .param("cycle", cycleId)
                .param("today", today)
                .param("year", today.getYear())
                .query(row -> {
                    written.put(row.getString(1), row.getInt(2));
                });
        return written;
    }

    /**
     * Casts or changes an online ballot. Empty when nothing was written: the vote is not open, or this person's
     * ballot was entered on paper (paper ballots are final when typed, an online click does not overwrite them).
     * Otherwise the number of changes so far (0 for a first ballot).
     */
    Optional<Integer> castOnline(long cycleId, VerifiedPerson person, String username, List<Long> projects,
                                 long totalMad, LocalDate today) {
        List<?> changes = entityManager.createNativeQuery("""
                        INSERT INTO budget_ballot (cycle_id, cin_hash, cin_last3, channel, username, entered_by,
                                                   project_ids, total_mad)
                        SELECT c.id, :hash, :last3, 'ONLINE', :username, :username, CAST(:projects AS bigint[]), :total
                        """ + BALLOT_FITS_OPEN_CYCLE + """
                        ON CONFLICT (cycle_id, cin_hash) DO UPDATE
                           SET project_ids = EXCLUDED.project_ids, total_mad = EXCLUDED.total_mad,
                               username = EXCLUDED.username, changed_at = now(), changes = budget_ballot.changes + 1
                         WHERE budget_ballot.channel = 'ONLINE'
                        RETURNING changes""")
                .setParameter("hash", person.cin().hash())
                .setParameter("last3", person.cin().lastThree())
                .setParameter("age", age(person, today))
                .setParameter("username", username)
                .setParameter("projects", array(projects))
                .setParameter("total", totalMad)
                .setParameter("cycle", cycleId)
                .setParameter("today", today)
                .getResultList();
        return changes.isEmpty() ? Optional.empty() : Optional.of(((Number) changes.get(0)).intValue());
    }

    /** Adds a paper ballot typed by staff; false when the window is closed or this person already voted. */
    boolean castPaper(long cycleId, VerifiedPerson person, String staff, List<Long> projects, long totalMad,
                      LocalDate today) {
        return entityManager.createNativeQuery("""
                        INSERT INTO budget_ballot (cycle_id, cin_hash, cin_last3, channel, username, entered_by,
                                                   project_ids, total_mad)
                        SELECT c.id, :hash, :last3, 'PAPER', NULL, :staff, CAST(:projects AS bigint[]), :total
                        """ + BALLOT_FITS_OPEN_CYCLE + """
                        ON CONFLICT (cycle_id, cin_hash) DO NOTHING""")
                .setParameter("hash", person.cin().hash())
                .setParameter("last3", person.cin().lastThree())
                .setParameter("age", age(person, today))
                .setParameter("staff", staff)
                .setParameter("projects", array(projects))
                .setParameter("total", totalMad)
                .setParameter("cycle", cycleId)
                .setParameter("today", today)
                .executeUpdate() == 1;
    }

    Optional<Stored> of(long cycleId, String cinHash) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT array_to_string(project_ids, ','), total_mad, channel, cast_at, changed_at
                          FROM budget_ballot WHERE cycle_id = :cycle AND cin_hash = :hash""")
                .setParameter("cycle", cycleId).setParameter("hash", cinHash).getResultList();
        return rows.stream().findFirst().map(row -> stored((Object[]) row));
    }

    long count(long cycleId) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM budget_ballot WHERE cycle_id = :c")
                .setParameter("c", cycleId).getSingleResult()).longValue();
    }

    /** Ballots per feasible project of the cycle. */
    List<ResultsTally.Counted> countPerProject(long cycleId) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT p.id, p.title, p.cost_mad,
                               (SELECT count(*) FROM budget_ballot b WHERE b.cycle_id = p.cycle_id AND p.id = ANY (b.project_ids))
                          FROM budget_project p WHERE p.cycle_id = :cycle AND p.status = 'FEASIBLE' ORDER BY p.id""")
                .setParameter("cycle", cycleId).getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new ResultsTally.Counted(((Number) row[0]).longValue(), (String) row[1],
                        ((Number) row[2]).longValue(), ((Number) row[3]).intValue()))
                .toList();
    }

    /** Every ballot the account cast online, for the account's data export. */
    List<Object[]> ofAccount(String username) {
        return entityManager.createNativeQuery("""
                        SELECT b.cycle_id, c.title, array_to_string(b.project_ids, ','), b.total_mad, b.channel,
                               b.cin_last3, b.cast_at, b.changed_at
                          FROM budget_ballot b JOIN budget_cycle c ON c.id = b.cycle_id
                         WHERE b.username = :u ORDER BY b.cycle_id""", Object[].class)
                .setParameter("u", username).getResultList();
    }

    /** The ballots stay counted; only the link to the account goes. */
    int unlinkAccount(String username) {
        return entityManager.createNativeQuery("""
                        UPDATE budget_ballot SET username = NULL,
                               entered_by = CASE WHEN entered_by = :u THEN 'erased-account' ELSE entered_by END
                         WHERE username = :u""")
                .setParameter("u", username).executeUpdate();
    }

    /** Years reached this calendar year, as the service counts them; -1 when the year of birth is unknown. */
    private static int age(VerifiedPerson person, LocalDate today) {
        return person.birthYear() == null ? -1 : today.getYear() - person.birthYear();
    }

    private static String array(List<Long> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** A PostgreSQL array literal of these texts, each quoted, so that no text can end an element or the array. */
    private static String arrayLiteral(List<String> texts) {
        return texts.stream()
                .map(text -> '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static Stored stored(Object[] row) {
        List<Long> projects = Arrays.stream(((String) row[0]).split(",")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).toList();
        return new Stored(projects, ((Number) row[1]).longValue(), (String) row[2], offset(row[3]), offset(row[4]));
    }

    static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return null;
    }

    record Stored(List<Long> projects, long totalMad, String channel, OffsetDateTime castAt, OffsetDateTime changedAt) {
    }
}
