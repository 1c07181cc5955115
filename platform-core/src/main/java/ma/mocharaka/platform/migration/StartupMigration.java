package ma.mocharaka.platform.migration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Migrates lagging communes once the app is up. Communes whose schema is behind answer 503 until their turn
 * comes (see the commune filter), so an app with 1,503 communes starts serving the up-to-date ones at once.
 */
public class StartupMigration {

    private static final Logger log = LoggerFactory.getLogger(StartupMigration.class);

    private final CommuneSchemaMigrator migrator;

    public StartupMigration(CommuneSchemaMigrator migrator) {
        this.migrator = migrator;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void migrateLaggingCommunes() {
        Thread.ofPlatform().name("commune-startup-migration").daemon().start(() -> {
            try {
                migrator.migrateLagging();
            } catch (RuntimeException e) {
                log.error("Startup migration of commune schemas failed", e);
            }
        });
    }

}
