package ma.mocharaka.platform.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ma.mocharaka.platform.PlatformTest;
import ma.mocharaka.platform.PlatformTestApplication.ProbeStore;
import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.testsupport.RealServicesConfiguration;
import ma.mocharaka.platform.testsupport.TestCommunes;

/**
 * The probe's note endpoint allows 2 writes per client per 10 minutes (platform-test.yaml), counted in the real
 * Redis. Addresses are from the documentation ranges (RFC 5737): MockMvc only sets them on the request.
 */
@PlatformTest
class WriteQuotaTest {

    @Autowired MockMvc web;
    @Autowired CommuneRegistry registry;
    @Autowired CommuneProvisioning provisioning;
    @Autowired ProbeStore store;
    @Autowired StringRedisTemplate redis;
    @Autowired MeterRegistry meters;

    private Commune larache;
    private Commune berkane;
    /** Buckets live under this run's namespace; a new pair of addresses per test keeps the tests apart too. */
    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

    private String addressA;
    private String addressB;

    @BeforeEach
    void communesAndClients() {
        larache = TestCommunes.active(registry, provisioning, "larache", "Larache", "العرائش", 133_592);
        berkane = TestCommunes.active(registry, provisioning, "berkane", "Berkane", "بركان", 98_838);
        int client = CLIENTS.incrementAndGet();
        addressA = "192.0.2." + client;
        addressB = "198.51.100." + client;
    }

    @Test
    void pastTheLimitAWriteIsRefusedWith429InTheClientsLanguageAndNothingIsStored() throws Exception {
        String[] titles = {unique("first"), unique("second"), unique("third"), unique("fourth")};
        note("larache", titles[0], from(addressA)).andExpect(status().isOk());
        note("larache", titles[1], from(addressA)).andExpect(status().isOk());

        note("larache", titles[2], from(addressA), "fr")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.title").value("Trop d’envois en peu de temps"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Trop d’envois en peu de temps : rien n’a été enregistré. Réessayez dans ")))
                .andExpect(jsonPath("$.quota").value("probe-note"));
        note("larache", titles[3], from(addressA), "ar")
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "عدد كبير من الإرسالات في وقت قصير: لم يتم حفظ أي شيء.")));

        assertThat(CurrentCommune.callAs(larache, store::titles))
                .contains(titles[0], titles[1]).doesNotContain(titles[2], titles[3]);
        assertThat(meters.counter("mocharaka.quota.refusals", "quota", "probe-note", "commune", "larache").count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void oneClientsExhaustionLeavesOtherAddressesOtherCommunesAndSignedInPeopleAlone() throws Exception {
        for (int i = 0; i < 2; i++) {
            note("larache", unique("flood"), from(addressA)).andExpect(status().isOk());
        }
        note("larache", unique("flood"), from(addressA)).andExpect(status().isTooManyRequests());

        note("larache", unique("neighbour"), from(addressB)).andExpect(status().isOk());
        note("berkane", unique("elsewhere"), from(addressA)).andExpect(status().isOk());

        // A signed-in person is counted by account, whatever address they share with others.
        String account = "quota-" + UUID.randomUUID();
        note("larache", unique("signed"), from(addressA), user(account)).andExpect(status().isOk());
        note("larache", unique("signed"), from(addressA), user(account)).andExpect(status().isOk());
        note("larache", unique("signed"), from(addressA), user(account)).andExpect(status().isTooManyRequests());
        note("larache", unique("signed"), from(addressA), user(account + "-other")).andExpect(status().isOk());
    }

    @Test
    void redisKeepsOnlyHashesOfClientsUnderThisRunsNamespace() throws Exception {
        String account = "quota-" + UUID.randomUUID();
        note("berkane", unique("hashed"), from(addressB)).andExpect(status().isOk());
        note("berkane", unique("hashed"), from(addressB), user(account)).andExpect(status().isOk());

        var keys = redis.keys("mocharaka-test-" + RealServicesConfiguration.RUN_ID + ":quota:probe-note:2-per-600s:berkane:*");
        assertThat(keys).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(key -> assertThat(key).doesNotContain(addressB).doesNotContain(account)
                        .matches(".*:berkane:[0-9a-f]{32}"));
        assertThat(keys).allSatisfy(key -> assertThat(redis.getExpire(key)).as("every bucket expires").isPositive());
    }

    private ResultActions note(String commune, String title, RequestPostProcessor... with) throws Exception {
        return note(commune, title, with[0], "fr", java.util.Arrays.copyOfRange(with, 1, with.length));
    }

    private ResultActions note(String commune, String title, RequestPostProcessor address, String language,
                               RequestPostProcessor... more) throws Exception {
        var request = post("/c/" + commune + "/probe/notes").param("title", title)
                .header("Accept-Language", language).with(address).with(csrf());
        for (RequestPostProcessor processor : more) {
            request = request.with(processor);
        }
        return web.perform(request);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
