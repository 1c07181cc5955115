package ma.mocharaka.portal.electoral;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.files.UploadCheck;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.residence.CinFingerprints;
import ma.mocharaka.portal.residence.ResidenceRefused;
import ma.mocharaka.portal.residence.ResidenceVerification;

/**
 * The current commune's electoral list: staff import it (which replaces the previous one), citizens match
 * themselves against it to become verified residents. A citizen has {@value #ATTEMPTS_PER_DAY} failed tries a day,
 * so the list cannot be probed card number by card number.
 */
@Service
public class ElectoralLists {

    static final int ATTEMPTS_PER_DAY = 5;

    private final CinFingerprints fingerprints;
    private final ResidenceVerification residence;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    ElectoralLists(CinFingerprints fingerprints, ResidenceVerification residence, AuditTrail audit,
                   PlatformTransactionManager transactions, Clock clock) {
        this.fingerprints = fingerprints;
        this.residence = residence;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public enum MatchOutcome { VERIFIED, NO_MATCH, INVALID_CIN, INVALID_NAME, TOO_MANY_ATTEMPTS, CONFLICT }

    /** Reads and checks a file without saving anything. */
    ElectoralListFile.Preview preview(String filename, byte[] content) {
        var problem = UploadCheck.problemWith(filename, content, Set.of(UploadCheck.FileType.CSV, UploadCheck.FileType.XLSX));
        if (problem.isPresent()) {
            return new ElectoralListFile.Preview(List.of(), List.of(new ElectoralListFile.Problem(problem.get(), filename)));
        }
        var commune = CurrentCommune.require();
        return ElectoralListFile.read(filename, content, typed -> fingerprints.of(commune, typed),
                Year.now(clock).getValue());
    }

    /** What ties a confirmed import to the file that was previewed, without keeping the file. */
    static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Replaces the list with the file's entries; refused unless every line is valid. Returns the entries saved. */
    @Transactional
    int replace(ElectoralListFile.Preview preview, String staff) {
        if (!preview.canImport()) {
            throw new IllegalArgumentException("the list has problems and cannot be imported");
        }
        int before = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM electoral_list_entry")
                .getSingleResult()).intValue();
        entityManager.createNativeQuery("DELETE FROM electoral_list_entry").executeUpdate();
        for (ElectoralListFile.Line line : preview.lines()) {
            entityManager.createNativeQuery("""
                            INSERT INTO electoral_list_entry (cin_hash, cin_last3, name_check, birth_year, neighbourhood)
                            VALUES (:hash, :last3, :check, :year, :neighbourhood)""")
                    .setParameter("hash", line.cinHash()).setParameter("last3", line.cinLast3())
                    .setParameter("check", ElectorName.check(line.cinHash(), line.name()))
                    .setParameter("year", line.birthYear() == null ? null : line.birthYear().shortValue())
                    .setParameter("neighbourhood", line.neighbourhood())
                    .executeUpdate();
        }
        audit.record(staff, CurrentCommune.require().slug(), "electoral.import", "electoral_list",
                before + " entries", preview.lines().size() + " entries");
        return preview.lines().size();
    }

    @Transactional(readOnly = true)
    public long size() {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM electoral_list_entry")
                .getSingleResult()).longValue();
    }

    /** A signed-in citizen's CIN and full name, checked against the list; a match makes them a verified resident. */
    public MatchOutcome match(String username, String typedCin, String fullName) {
        if (CinFingerprints.normalise(typedCin).isEmpty()) {
            return MatchOutcome.INVALID_CIN;
        }
        if (ElectorName.normalise(fullName).isEmpty() || fullName.length() > 160) {
            return MatchOutcome.INVALID_NAME;
        }
        CinFingerprints.Fingerprint cin = fingerprints.of(CurrentCommune.require(), typedCin);
        MatchOutcome checked = transaction.execute(status -> {
            OffsetDateTime dayAgo = OffsetDateTime.now(clock).minusDays(1);
            entityManager.createNativeQuery("DELETE FROM electoral_match_attempt WHERE username = :u AND attempted_at < :since")
                    .setParameter("u", username).setParameter("since", dayAgo).executeUpdate();
            // The lock makes concurrent tries by one account count one after the other.
            entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:u))").setParameter("u", username)
                    .getSingleResult();
            long failed = ((Number) entityManager.createNativeQuery(
                            "SELECT count(*) FROM electoral_match_attempt WHERE username = :u")
                    .setParameter("u", username).getSingleResult()).longValue();
            if (failed >= ATTEMPTS_PER_DAY) {
                return MatchOutcome.TOO_MANY_ATTEMPTS;
            }
            boolean listed = !entityManager.createNativeQuery(
                            "SELECT 1 FROM electoral_list_entry WHERE cin_hash = :h AND name_check = :c")
                    .setParameter("h", cin.hash()).setParameter("c", ElectorName.check(cin.hash(), fullName))
                    .getResultList().isEmpty();
            if (!listed) {
                entityManager.createNativeQuery("INSERT INTO electoral_match_attempt (username) VALUES (:u)")
                        .setParameter("u", username).executeUpdate();
                return MatchOutcome.NO_MATCH;
            }
            return MatchOutcome.VERIFIED;
        });
        if (checked != MatchOutcome.VERIFIED) {
            return checked;
        }
        try {
            residence.verifyFromElectoralList(cin, fullName, username);
            return MatchOutcome.VERIFIED;
        } catch (ResidenceRefused | DataIntegrityViolationException e) {
            return MatchOutcome.CONFLICT;
        }
    }
}
