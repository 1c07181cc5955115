package ma.mocharaka.portal.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.stereotype.Component;

import ma.mocharaka.platform.PlatformProperties;

/**
 * The citizen's account in the platform realm, reached with the provisioner's service account (which holds the
 * realm-management role {@code manage-users}): its basic profile for the export, and its deletion.
 */
@Component
class KeycloakAccounts {

    private final Keycloak keycloak;
    private final String realm;

    KeycloakAccounts(Keycloak keycloak, PlatformProperties properties) {
        this.keycloak = keycloak;
        this.realm = properties.keycloak().realm();
    }

    /** What the identity provider holds about the account: no password, no session, nothing of other users. */
    Map<String, Object> profile(String username) {
        return find(username).map(user -> {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("username", user.getUsername());
            profile.put("firstName", user.getFirstName());
            profile.put("lastName", user.getLastName());
            profile.put("email", user.getEmail());
            profile.put("emailVerified", user.isEmailVerified());
            profile.put("createdAt", user.getCreatedTimestamp() == null ? null
                    : Instant.ofEpochMilli(user.getCreatedTimestamp()));
            profile.put("attributes", user.getAttributes() == null ? Map.of() : user.getAttributes());
            return profile;
        }).orElse(Map.of());
    }

    /** Deletes the account; true when it existed. Keycloak ends its sessions with it. */
    boolean delete(String username) {
        Optional<UserRepresentation> user = find(username);
        if (user.isEmpty()) {
            return false;
        }
        try (Response response = users().delete(user.get().getId())) {
            int status = response.getStatus();
            if (status != 204 && status != 404) {
                throw new IllegalStateException("Keycloak refused to delete the account (HTTP " + status + ")");
            }
            return status == 204;
        }
    }

    private Optional<UserRepresentation> find(String username) {
        // Exact search: "ali" must never match "ali2", whose account would otherwise be deleted.
        List<UserRepresentation> found = users().searchByUsername(username, true);
        return found.stream().filter(user -> username.equalsIgnoreCase(user.getUsername())).findFirst();
    }

    private UsersResource users() {
        return keycloak.realm(realm).users();
    }
}
