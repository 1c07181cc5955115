package ma.mocharaka.platform.analytics;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Sees every SQL statement Hibernate sends (entities and native queries alike) and, when one writes while a commune
 * is bound, marks that commune changed once its transaction commits. No module has to do anything for analytics to
 * learn that its figures may have moved; a rolled-back write signals nothing.
 */
public class CommuneWriteSignal implements StatementInspector {

    private static final Pattern WRITE = Pattern.compile(
            "^\\s*(?:/\\*.*?\\*/\\s*)*(?:insert|update|delete|merge)\\b"
                    + "|^\\s*(?:/\\*.*?\\*/\\s*)*with\\b.*\\b(?:insert|update|delete)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** Key of the set of communes written in the current transaction. */
    private static final Object CHANGED_IN_TRANSACTION = new Object();

    private final Supplier<CommuneChanges> changes;

    public CommuneWriteSignal(Supplier<CommuneChanges> changes) {
        this.changes = changes;
    }

    @Override
    public String inspect(String sql) {
        if (sql != null) {
            CurrentCommune.get().ifPresent(commune -> {
                if (isWrite(sql)) {
                    signal(commune.slug());
                }
            });
        }
        return sql;
    }

    static boolean isWrite(String sql) {
        return WRITE.matcher(sql).find();
    }

    @SuppressWarnings("unchecked")
    private void signal(String slug) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // Auto-commit: the statement is its own transaction; a roll-up racing it is caught by the next change
            // or the full sweep.
            changes.get().changed(slug);
            return;
        }
        Set<String> changed = (Set<String>) TransactionSynchronizationManager.getResource(CHANGED_IN_TRANSACTION);
        if (changed == null) {
            Set<String> slugs = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(CHANGED_IN_TRANSACTION, slugs);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    slugs.forEach(changes.get()::changed);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGED_IN_TRANSACTION);
                }
            });
            changed = slugs;
        }
        changed.add(slug);
    }
}
