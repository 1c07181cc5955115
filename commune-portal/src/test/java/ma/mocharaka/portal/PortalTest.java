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
        // Tests answer surveys anonymously from 127.0.0.1 and file requests as bm.citizen: one shared bucket each for
        // the whole suite, which the production limits would empty depending on test order. SurveyQuotaTest checks
        // the limits in a context of its own.
        properties = {"server.port=${mocharaka.test.portal-port}", "logging.structured.format.console=ecs",
                "mocharaka.quotas.survey-answer.capacity=100000", "mocharaka.quotas.information-request.capacity=100000"})
@AutoConfigureMockMvc
@Import({RealServicesConfiguration.class, DemoCommunesForTests.class})
public @interface PortalTest {

    int PORT = 18080 + ma.mocharaka.platform.testsupport.KeycloakTestServer.PORT_OFFSET;
    String BASE_URL = "http://localhost:" + PORT;
}
