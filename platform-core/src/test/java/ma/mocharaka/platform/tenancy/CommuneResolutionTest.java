package ma.mocharaka.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ma.mocharaka.platform.PlatformTest;
import ma.mocharaka.platform.PlatformTestApplication.ProbeStore;
import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.testsupport.TestCommunes;

@PlatformTest
class CommuneResolutionTest {

    @Autowired CommuneRegistry registry;
    @Autowired CommuneProvisioning provisioning;
    @Autowired ProbeStore store;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc web;

    @BeforeEach
    void twoCommunes() {
        TestCommunes.active(registry, provisioning, "beni-mellal", "Béni Mellal", "بني ملال", 209_104);
        TestCommunes.active(registry, provisioning, "azilal", "Azilal", "أزيلال", 47_295);
    }

    @Test
    void theCommuneComesFromThePath() throws Exception {
        web.perform(get("/c/beni-mellal/probe"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commune").value("beni-mellal"))
                .andExpect(jsonPath("$.schema").value("commune_beni_mellal"));
    }

    @Test
    void theCommuneComesFromTheHost() throws Exception {
        web.perform(get("/probe").with(request -> {
                    request.setServerName("azilal.localhost");
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commune").value("azilal"))
                .andExpect(jsonPath("$.schema").value("commune_azilal"));
    }

    @Test
    void withoutACommuneTheSharedSchemaIsUsed() throws Exception {
        web.perform(get("/probe")).andExpect(status().isOk())
                .andExpect(jsonPath("$.commune").value("none"))
                .andExpect(jsonPath("$.schema").value("platform"));
    }

    @Test
    void eachCommuneSeesOnlyItsOwnRowsThroughHibernate() throws Exception {
        Commune beniMellal = registry.resolve("beni-mellal").orElseThrow();
        Commune azilal = registry.resolve("azilal").orElseThrow();
        CurrentCommune.runAs(beniMellal, () -> store.add("forum 15/02/2025"));
        CurrentCommune.runAs(azilal, () -> store.add("réunion d'information"));

        assertThat(CurrentCommune.callAs(beniMellal, store::titles)).contains("forum 15/02/2025")
                .doesNotContain("réunion d'information");
        assertThat(CurrentCommune.callAs(azilal, store::titles)).contains("réunion d'information")
                .doesNotContain("forum 15/02/2025");
        assertThat(CurrentCommune.get()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/c/atlantis/probe",
            "/c/Beni-Mellal/probe",
            "/c/beni_mellal/probe",
            "/c/beni--mellal/probe",
            "/c/-beni/probe",
            "/c/beni-mellal'--/probe",
            "/c/beni-mellal%27%3B%20DROP%20SCHEMA%20platform%20CASCADE%3B--/probe",
            "/c/x%22%3B%20select%20pg_sleep(5)%3B--/probe",
            "/c/public/probe",
            "/c/pg_catalog/probe",
            "/c/%E2%B4%B0%E2%B5%A2%E2%B5%9C/probe",
            "/c/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/probe"
    })
    void malformedOrUnknownCommunesAreNotFound(String path) throws Exception {
        web.perform(get(path)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM platform.commune WHERE slug = 'beni-mellal'")
                .query(Long.class).single()).isEqualTo(1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"atlantis.localhost", "evil'--.localhost", "a.b.localhost", "beni_mellal.localhost"})
    void unknownOrMalformedCommuneHostsAreNotFound(String host) throws Exception {
        web.perform(get("/probe").with(request -> {
            request.setServerName(host);
            return request;
        })).andExpect(status().isNotFound());
    }

    @Test
    void hostsOutsideTheBaseDomainNameNoCommune() throws Exception {
        web.perform(get("/probe").with(request -> {
                    request.setServerName("beni-mellal.example.org");
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commune").value("none"));
    }

    @Test
    void aCommuneThatIsNotActiveAnswersServiceUnavailable() throws Exception {
        registry.register(TestCommunes.registration("ouled-ayad", "Ouled Ayad", "أولاد عياد", 20_000));
        web.perform(get("/c/ouled-ayad/probe")).andExpect(status().isServiceUnavailable());
    }
}
