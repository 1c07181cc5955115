package ma.mocharaka.platform.migration;

import liquibase.Scope;
import liquibase.database.Database;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;

/**
 * Liquibase's own lock for commune schemas, replaced: the migrator already holds a PostgreSQL advisory lock on the
 * commune for the whole run, so Liquibase's lock table (created, written and read again in every schema) would only
 * add round trips to each of 1,503 provisionings. Active only inside {@link CommuneChangelog#apply}; the shared
 * changelog keeps Liquibase's standard lock.
 */
public class ExternallyLockedSchema implements LockService {

    static final String SCOPE_KEY = "mocharaka.commune-advisory-lock-held";

    private boolean held;

    @Override
    public int getPriority() {
        return PRIORITY_DATABASE + 5;
    }

    @Override
    public boolean supports(Database database) {
        return Boolean.TRUE.equals(Scope.getCurrentScope().get(SCOPE_KEY, Boolean.class));
    }

    @Override
    public void setDatabase(Database database) {
    }

    @Override
    public void setChangeLogLockWaitTime(long changeLogLockWaitTime) {
    }

    @Override
    public void setChangeLogLockRecheckTime(long changeLogLockRecheckTime) {
    }

    @Override
    public boolean hasChangeLogLock() {
        return held;
    }

    @Override
    public void waitForLock() {
        held = true;
    }

    @Override
    public boolean acquireLock() {
        held = true;
        return true;
    }

    @Override
    public void releaseLock() {
        held = false;
    }

    @Override
    public DatabaseChangeLogLock[] listLocks() {
        return new DatabaseChangeLogLock[0];
    }

    @Override
    public void forceReleaseLock() {
        held = false;
    }

    @Override
    public void reset() {
        held = false;
    }

    @Override
    public void init() {
    }

    @Override
    public void destroy() {
    }
}
