package ma.mocharaka.platform.security;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Decides whether a user may act in the request's commune. Program staff act in every commune; a commune-scoped
 * role only counts in a commune whose organization the user belongs to, so an Azilal admin is nobody in Beni Mellal.
 */
public final class CommuneAccess {

    private CommuneAccess() {
    }

    public static boolean hasRoleIn(Authentication authentication, Commune commune, PlatformRole... roles) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        Set<String> held = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        boolean member = held.contains(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune.slug());
        for (PlatformRole role : roles) {
            if (held.contains(role.authority()) && (!role.isCommuneScoped() || member)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isMember(Authentication authentication, Commune commune) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(KeycloakClaims.COMMUNE_AUTHORITY_PREFIX + commune.slug()));
    }

    /** For request rules: granted when the user holds one of the roles in the request's commune. */
    public static AuthorizationManager<RequestAuthorizationContext> roleInCurrentCommune(PlatformRole... roles) {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                                 RequestAuthorizationContext context) {
                return new AuthorizationDecision(CurrentCommune.get()
                        .map(commune -> hasRoleIn(authentication.get(), commune, roles))
                        .orElse(false));
            }
        };
    }
}
