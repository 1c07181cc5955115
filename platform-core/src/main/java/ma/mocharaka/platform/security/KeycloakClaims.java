package ma.mocharaka.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import ma.mocharaka.platform.tenancy.CommuneSlug;

/**
 * Turns the claims of a Keycloak token (ID or access) into Spring authorities: one {@code ROLE_*} per platform role
 * and one {@code COMMUNE_<slug>} per organization the user belongs to. Unknown roles and malformed organization
 * aliases are dropped rather than trusted.
 */
public final class KeycloakClaims {

    public static final String ROLES_CLAIM = "roles";
    public static final String ORGANIZATION_CLAIM = "organization";
    public static final String COMMUNE_AUTHORITY_PREFIX = "COMMUNE_";

    private KeycloakClaims() {
    }

    public static Set<GrantedAuthority> authorities(Map<String, Object> claims) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        for (String role : roles(claims)) {
            PlatformRole.fromKeycloak(role).ifPresent(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        }
        for (String commune : communes(claims)) {
            authorities.add(new SimpleGrantedAuthority(COMMUNE_AUTHORITY_PREFIX + commune));
        }
        return authorities;
    }

    static Collection<String> roles(Map<String, Object> claims) {
        Object flat = claims.get(ROLES_CLAIM);
        if (flat instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claims.get("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** Keycloak sends either a list of aliases or, with attributes enabled, a map keyed by alias. */
    static Collection<String> communes(Map<String, Object> claims) {
        Object organization = claims.get(ORGANIZATION_CLAIM);
        Collection<?> aliases = switch (organization) {
            case Collection<?> list -> list;
            case Map<?, ?> map -> map.keySet();
            case String single -> List.of(single);
            case null, default -> List.of();
        };
        return aliases.stream().map(String::valueOf).filter(CommuneSlug::isWellFormed).toList();
    }
}
