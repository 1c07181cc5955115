package ma.mocharaka.admin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistration;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/**
 * The demo's communes: the 12 pilot communes of the Tadafor program and Demnate (a partner commune), with their
 * 2024 census populations, registered and provisioned before the console reports ready. Safe to run at every start.
 */
@Component
@Profile("demo")
@Order(1)
class DemoCommunes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCommunes.class);

    private final CommuneRegistry registry;
    private final CommuneProvisioning provisioning;
    private final JsonMapper json;

    DemoCommunes(CommuneRegistry registry, CommuneProvisioning provisioning, JsonMapper json) {
        this.registry = registry;
        this.provisioning = provisioning;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<CommuneRegistration> communes;
        try (InputStream in = new ClassPathResource("demo/communes.json").getInputStream()) {
            communes = json.readValue(in, new TypeReference<>() { });
        }
        for (CommuneRegistration registration : communes) {
            Commune commune = registry.findBySlug(registration.slug()).orElseGet(() -> registry.register(registration));
            if (!commune.isActive()) {
                try {
                    provisioning.provision(commune.slug(), "demo-loader");
                } catch (RuntimeException e) {
                    log.error("Demo commune {} could not be provisioned; it stays FAILED and can be retried",
                            commune.slug(), e);
                }
            }
        }
        log.info("Demo communes ready: {}", registry.findActive().size());
    }
}
