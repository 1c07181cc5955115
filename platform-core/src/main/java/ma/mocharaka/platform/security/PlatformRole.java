package ma.mocharaka.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of the platform, as named in Keycloak, and the Spring authority each one maps to. */
public enum PlatformRole {
    PROGRAM_ADMIN("program-admin"),
    PROGRAM_ANALYST("program-analyst"),
    COMMUNE_ADMIN("commune-admin"),
    COMMUNE_STAFF("commune-staff"),
    FOCAL_POINT("focal-point"),
    CITIZEN("citizen");

    private final String keycloakName;

    PlatformRole(String keycloakName) {
        this.keycloakName = keycloakName;
    }

    public String keycloakName() {
        return keycloakName;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles whose holder acts for one commune only: they count only inside their own organization's commune. */
    public boolean isCommuneScoped() {
        return this == COMMUNE_ADMIN || this == COMMUNE_STAFF || this == FOCAL_POINT;
    }

    public static Optional<PlatformRole> fromKeycloak(String name) {
        return Arrays.stream(values()).filter(role -> role.keycloakName.equals(name)).findFirst();
    }
}
