package ma.mocharaka.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import ma.mocharaka.platform.testsupport.RealServicesConfiguration;

/**
 * The console on a fixed port (Keycloak only redirects back to registered addresses), with the demo profile, so
 * the tests also prove that the demo loader registers and provisions the 13 demo communes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=${mocharaka.test.admin-port}")
@ActiveProfiles("demo")
@Import(RealServicesConfiguration.class)
public @interface AdminTest {

    int PORT = 18081 + ma.mocharaka.platform.testsupport.KeycloakTestServer.PORT_OFFSET;
    String BASE_URL = "http://localhost:" + PORT;
}
