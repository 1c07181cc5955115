package ma.mocharaka.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.TaskExecutor;

import ma.mocharaka.platform.PlatformTest;
import ma.mocharaka.platform.PlatformTestApplication.ProbeStore;
import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.testsupport.TestCommunes;

@PlatformTest
class CommuneContextPropagationTest {

    @Autowired CommuneRegistry registry;
    @Autowired CommuneProvisioning provisioning;
    @Autowired ProbeStore store;
    @Autowired TaskExecutor tasks;
    @Autowired ForEachCommune forEachCommune;

    @Test
    void asyncWorkRunsInTheCommuneOfTheCallerAndLeavesNothingBehind() throws Exception {
        Commune demnat = TestCommunes.active(registry, provisioning, "demnat", "Demnate", "دمنات", 33_628);

        String inBackground = CurrentCommune.callAs(demnat, store::schemaInBackground).get(10, TimeUnit.SECONDS);
        assertThat(inBackground).isEqualTo("demnat/commune_demnat");

        // The same pooled threads, asked without a commune, must not remember the previous one.
        for (int i = 0; i < 8; i++) {
            assertThat(store.schemaInBackground().get(10, TimeUnit.SECONDS)).isEqualTo("none/platform");
        }
    }

    @Test
    void scheduledWorkRunsOncePerActiveCommuneInThatCommune() {
        TestCommunes.active(registry, provisioning, "demnat", "Demnate", "دمنات", 33_628);
        TestCommunes.active(registry, provisioning, "tata", "Tata", "طاطا", 18_359);
        java.util.Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();

        int failures = forEachCommune.run("probe", commune -> seen.put(commune.slug(), store.schema()));

        assertThat(failures).isZero();
        assertThat(seen).containsEntry("demnat", "commune_demnat").containsEntry("tata", "commune_tata");
        assertThat(CurrentCommune.get()).isEmpty();
    }

    @Test
    void theTaskExecutorCarriesTheCommuneWithoutExplicitHandOver() throws Exception {
        Commune tata = TestCommunes.active(registry, provisioning, "tata", "Tata", "طاطا", 18_359);
        AtomicReference<String> seen = new AtomicReference<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        CurrentCommune.runAs(tata, () -> tasks.execute(() -> {
            seen.set(CurrentCommune.get().map(Commune::slug).orElse("none"));
            done.complete(null);
        }));
        done.get(10, TimeUnit.SECONDS);
        assertThat(seen.get()).isEqualTo("tata");
    }
}
