package ma.mocharaka.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import ma.mocharaka.platform.testsupport.RealServicesConfiguration;

/** A platform-core integration test: the minimal test app on real PostgreSQL, Redis and Keycloak. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PlatformTestApplication.class, properties = "spring.config.name=platform-test")
@AutoConfigureMockMvc
@Import(RealServicesConfiguration.class)
public @interface PlatformTest {
}
