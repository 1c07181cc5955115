package ma.mocharaka.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Each commune's own space: its public portal for citizens and its admin area for staff. */
@SpringBootApplication
public class CommunePortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommunePortalApplication.class, args);
    }
}
