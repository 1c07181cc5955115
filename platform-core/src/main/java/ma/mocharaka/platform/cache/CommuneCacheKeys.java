package ma.mocharaka.platform.cache;

import org.springframework.data.redis.cache.CacheKeyPrefix;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Prefixes every cache key with the commune of the unit of work, computed at each cache call, so two communes
 * can never read each other's cached entries even when their method arguments are equal.
 */
public class CommuneCacheKeys implements CacheKeyPrefix {

    private final String namespace;

    public CommuneCacheKeys(String namespace) {
        this.namespace = namespace;
    }

    @Override
    public String compute(String cacheName) {
        String scope = CurrentCommune.get().map(Commune::slug).orElse("_platform");
        return namespace + ":" + scope + ":" + cacheName + "::";
    }
}
