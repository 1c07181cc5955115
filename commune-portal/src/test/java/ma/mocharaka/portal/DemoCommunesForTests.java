package ma.mocharaka.portal;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.testsupport.TestCommunes;

/** The three communes whose staff exist in the demo realm, provisioned once for the whole test context. */
@TestConfiguration(proxyBeanMethods = false)
class DemoCommunesForTests {

    @Bean
    ApplicationRunner provisionDemoCommunes(CommuneRegistry registry, CommuneProvisioning provisioning) {
        return args -> {
            TestCommunes.active(registry, provisioning, "beni-mellal", "Béni Mellal", "بني ملال", 209_104);
            TestCommunes.active(registry, provisioning, "azilal", "Azilal", "أزيلال", 47_295);
            TestCommunes.active(registry, provisioning, "demnat", "Demnate", "دمنات", 33_628);
        };
    }
}
