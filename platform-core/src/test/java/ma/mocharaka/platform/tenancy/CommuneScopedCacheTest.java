package ma.mocharaka.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import ma.mocharaka.platform.PlatformTest;
import ma.mocharaka.platform.PlatformTestApplication.ProbeStore;
import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.testsupport.RealServicesConfiguration;
import ma.mocharaka.platform.testsupport.TestCommunes;

@PlatformTest
class CommuneScopedCacheTest {

    @Autowired CommuneRegistry registry;
    @Autowired CommuneProvisioning provisioning;
    @Autowired ProbeStore store;
    @Autowired StringRedisTemplate redis;

    @Test
    void cachedValuesAreKeptPerCommuneInRedis() {
        Commune larache = TestCommunes.active(registry, provisioning, "larache", "Larache", "العرائش", 133_592);
        Commune berkane = TestCommunes.active(registry, provisioning, "berkane", "Berkane", "بركان", 98_838);
        int before = store.computations();
        String prefix = "mocharaka-test-" + RealServicesConfiguration.RUN_ID;

        assertThat(CurrentCommune.callAs(larache, store::cachedSchema)).isEqualTo("commune_larache");
        assertThat(CurrentCommune.callAs(berkane, store::cachedSchema)).isEqualTo("commune_berkane");
        // Entries are written before the call returns (immediate writes), so they are there now.
        assertThat(redis.keys(prefix + ":larache:probe-schema::*")).hasSize(1);
        assertThat(redis.keys(prefix + ":berkane:probe-schema::*")).hasSize(1);

        assertThat(CurrentCommune.callAs(larache, store::cachedSchema)).isEqualTo("commune_larache");
        assertThat(CurrentCommune.callAs(berkane, store::cachedSchema)).isEqualTo("commune_berkane");
        assertThat(store.computations() - before).as("one computation per commune, then cache hits").isEqualTo(2);
    }
}
