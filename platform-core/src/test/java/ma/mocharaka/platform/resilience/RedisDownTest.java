package ma.mocharaka.platform.resilience;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import ma.mocharaka.platform.PlatformTestApplication;
import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.RealServicesConfiguration;
import ma.mocharaka.platform.testsupport.TestCommunes;

/** Redis is where sessions and caches live; with Redis gone, public pages are still served and health says so. */
@SpringBootTest(classes = PlatformTestApplication.class,
        properties = {"spring.config.name=platform-test", RealServicesConfiguration.REDIS_UNREACHABLE + "=true"})
@AutoConfigureMockMvc
@Import(RealServicesConfiguration.class)
class RedisDownTest {

    @Autowired MockMvc web;
    @Autowired CommuneRegistry registry;
    @Autowired CommuneProvisioning provisioning;
    @Autowired PlatformTestApplication.ProbeStore store;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void publicPagesAreServedAndHealthShowsRedisDegraded() throws Exception {
        var tiznit = TestCommunes.active(registry, provisioning, "tiznit", "Tiznit", "تيزنيت", 85_830);
        org.assertj.core.api.Assertions.assertThat(
                ma.mocharaka.platform.tenancy.CurrentCommune.callAs(tiznit, store::cachedSchema))
                .as("a cached method still answers, from the database").isEqualTo("commune_tiznit");

        web.perform(get("/c/tiznit/probe"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schema").value("commune_tiznit"));

        // A page that stores something in the session, and a returning visitor with a session cookie.
        web.perform(get("/c/tiznit/probe/form")).andExpect(status().isOk()).andExpect(content().string("ok"));
        web.perform(get("/c/tiznit/probe").cookie(new Cookie("SESSION", "c2Vzc2lvbi1mcm9tLWJlZm9yZQ==")))
                .andExpect(status().isOk());

        web.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DEGRADED"));
        web.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk());
    }

    /** Write quotas are counted in Redis; without it they are not checked, and writes go through rather than fail. */
    @Test
    void writesUnderAQuotaAreAcceptedWhileRedisIsDown() throws Exception {
        var tiznit = TestCommunes.active(registry, provisioning, "tiznit", "Tiznit", "تيزنيت", 85_830);
        String title = "sans-redis-" + java.util.UUID.randomUUID();
        // The quota allows 2 (platform-test.yaml): 5 from one client would be refused if it were counted.
        for (int i = 0; i < 5; i++) {
            web.perform(post("/c/tiznit/probe/notes").param("title", title + "-" + i).with(csrf()))
                    .andExpect(status().isOk());
        }
        org.assertj.core.api.Assertions.assertThat(CurrentCommune.callAs(tiznit, store::titles))
                .filteredOn(stored -> stored.startsWith(title)).hasSize(5);
        org.assertj.core.api.Assertions.assertThat(
                meters.counter("mocharaka.quota.unchecked", "quota", "probe-note").count()).isGreaterThanOrEqualTo(5);
    }
}
