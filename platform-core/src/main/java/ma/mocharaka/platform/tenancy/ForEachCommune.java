package ma.mocharaka.platform.tenancy;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scheduled work once per active commune, each run bound to its commune, so a job written for one commune
 * works for all of them and one commune's failure does not stop the others.
 */
public class ForEachCommune {

    private static final Logger log = LoggerFactory.getLogger(ForEachCommune.class);

    private final CommuneRegistry registry;

    public ForEachCommune(CommuneRegistry registry) {
        this.registry = registry;
    }

    public int run(String jobName, Consumer<Commune> job) {
        int failures = 0;
        for (Commune commune : registry.findActive()) {
            try {
                CurrentCommune.runAs(commune, () -> job.accept(commune));
            } catch (RuntimeException e) {
                failures++;
                log.error("Job {} failed for commune {}", jobName, commune.slug(), e);
            }
        }
        return failures;
    }
}
