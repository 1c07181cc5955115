package ma.mocharaka.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("mocharaka")
public record PlatformProperties(Tenancy tenancy, Migration migration, Keycloak keycloak, Cache cache) {

    public PlatformProperties {
        tenancy = tenancy == null ? new Tenancy(null, null, null, null) : tenancy;
        migration = migration == null ? new Migration(0) : migration;
        cache = cache == null ? new Cache(null) : cache;
        keycloak = keycloak == null ? new Keycloak(null, null, null, null, null, null, null) : keycloak;
    }

    /**
     * @param pathPrefixes   URL prefixes that name a commune ({@code /c/} in the portal)
     * @param baseDomain     host suffix for commune sub-domains ({@code beni-mellal.<baseDomain>}), or empty for none
     * @param registryCacheTtl how long a registry lookup is reused before other instances' changes are seen
     * @param activeOnly     whether only ACTIVE, up-to-date communes are served (the portal) or any registered one
     *                       (the console, which must show communes that are failed or being provisioned)
     */
    public record Tenancy(java.util.List<String> pathPrefixes, String baseDomain, Duration registryCacheTtl,
                          Boolean activeOnly) {
        public Tenancy {
            pathPrefixes = pathPrefixes == null ? java.util.List.of() : java.util.List.copyOf(pathPrefixes);
            activeOnly = activeOnly == null || activeOnly;
            baseDomain = baseDomain == null ? "" : baseDomain;
            registryCacheTtl = registryCacheTtl == null ? Duration.ofSeconds(30) : registryCacheTtl;
        }
    }

    /** @param namespace first part of every Redis cache key, so several deployments can share one Redis */
    public record Cache(String namespace) {
        public Cache {
            namespace = namespace == null ? "mocharaka" : namespace;
        }
    }

    /** @param parallelism commune schemas migrated at once at startup; 0 picks a share of the connection pool */
    public record Migration(int parallelism) {
    }

    /**
     * @param serverUrl          Keycloak base URL, e.g. http://127.0.0.1:8180
     * @param realm              the one platform realm
     * @param provisionerClientId service-account client allowed to manage organizations
     * @param provisionerClientSecret its secret, given by the environment in production
     * @param organizationDomain domain under which each commune organization gets {@code <slug>.<domain>}
     * @param clientId           this app's browser-login client
     * @param clientSecret       its secret, given by the environment in production
     */
    public record Keycloak(String serverUrl, String realm, String provisionerClientId, String provisionerClientSecret,
                           String organizationDomain, String clientId, String clientSecret) {
        public Keycloak {
            serverUrl = serverUrl == null ? "http://127.0.0.1:8180" : serverUrl;
            realm = realm == null ? "mocharaka" : realm;
            provisionerClientId = provisionerClientId == null ? "platform-provisioner" : provisionerClientId;
            organizationDomain = organizationDomain == null ? "mocharaka.ma" : organizationDomain;
        }

        public String issuerUri() {
            return serverUrl + "/realms/" + realm;
        }
    }
}
