package ma.mocharaka.admin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The national program office's console: enrols and provisions communes and follows them. */
@SpringBootApplication
public class TenantAdminApplication {

    public static void main(String[] args) {
        SpringApplication.run(TenantAdminApplication.class, args);
    }
}
