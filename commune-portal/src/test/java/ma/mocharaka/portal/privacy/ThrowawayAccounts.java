package ma.mocharaka.portal.privacy;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import ma.mocharaka.platform.testsupport.KeycloakTestServer;

/** Keycloak users made for one test, so deletion is tried on them and never on the shared demo users. */
final class ThrowawayAccounts {

    private ThrowawayAccounts() {
    }

    static void create(Keycloak keycloak, String username) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setFirstName("Test");
        user.setLastName("Privacy");
        user.setEmail(username + "@example.org");
        user.setEmailVerified(true);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(KeycloakTestServer.DEMO_PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response response = keycloak.realm(KeycloakTestServer.REALM).users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Keycloak did not create " + username + ": HTTP " + response.getStatus());
            }
        }
    }

    static boolean exists(Keycloak keycloak, String username) {
        return !keycloak.realm(KeycloakTestServer.REALM).users().searchByUsername(username, true).isEmpty();
    }
}
