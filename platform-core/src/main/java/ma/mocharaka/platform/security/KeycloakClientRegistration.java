package ma.mocharaka.platform.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import ma.mocharaka.platform.PlatformProperties;

/**
 * The browser-login registration, built from the realm URL without fetching the discovery document, so an app
 * starts (and serves public pages) even while Keycloak is still starting. The issuer is set, so ID tokens are
 * still checked against it.
 */
public final class KeycloakClientRegistration {

    public static final String REGISTRATION_ID = "keycloak";

    private KeycloakClientRegistration() {
    }

    public static ClientRegistration of(PlatformProperties.Keycloak keycloak) {
        String realm = keycloak.issuerUri();
        String endpoints = realm + "/protocol/openid-connect";
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(endpoints + "/auth")
                .tokenUri(endpoints + "/token")
                .jwkSetUri(endpoints + "/certs")
                .userInfoUri(endpoints + "/userinfo")
                .userNameAttributeName(KeycloakAuthorities.USERNAME_CLAIM)
                .issuerUri(realm)
                .providerConfigurationMetadata(java.util.Map.of("end_session_endpoint", endpoints + "/logout"))
                .clientName("Keycloak")
                .build();
    }
}
