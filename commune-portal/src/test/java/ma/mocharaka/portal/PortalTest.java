package ma.mocharaka.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import ma.mocharaka.platform.testsupport.RealServicesConfiguration;

/**
 * The portal on a fixed port (Keycloak only redirects back to registered addresses) against real PostgreSQL,
 * Redis and Keycloak. Every portal test shares this one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=${mocharaka.test.portal-port}", "logging.structured.format.console=ecs"})
@AutoConfigureMockMvc
@Import({RealServicesConfiguration.class, DemoCommunesForTests.class})
public @interface PortalTest {

    int PORT = 18080 + ma.mocharaka.platform.testsupport.KeycloakTestServer.PORT_OFFSET;
    String BASE_URL = "http://localhost:" + PORT;
}
