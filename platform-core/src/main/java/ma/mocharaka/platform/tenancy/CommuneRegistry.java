package ma.mocharaka.platform.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared registry of communes ({@code platform.commune}). Request-time lookups go through a small local cache
 * because every request resolves its commune. An entry older than the TTL is reloaded in the background while
 * requests go on with the one they have, so no request waits on the reload; it expires outright after four TTLs.
 */
public class CommuneRegistry {

    private static final String COLUMNS = """
            id, slug, schema_name, name_ar, name_fr, name_zgh, name_en, region, province, population, kind,
            has_arrondissements, status, provisioning_step, status_detail, schema_version, organization_id""";

    private final JdbcClient jdbc;
    private final LoadingCache<String, Optional<Commune>> bySlug;

    public CommuneRegistry(JdbcClient jdbc, Duration cacheTtl) {
        this(jdbc, Caffeine.newBuilder().maximumSize(5_000)
                .refreshAfterWrite(cacheTtl).expireAfterWrite(cacheTtl.multipliedBy(4))
                .build(slug -> find(jdbc, slug)));
    }

    private CommuneRegistry(JdbcClient jdbc, LoadingCache<String, Optional<Commune>> bySlug) {
        this.jdbc = jdbc;
        this.bySlug = bySlug;
    }

    /**
     * The same registry writing through one given connection (and its session settings), sharing this registry's
     * cache, for work that holds a connection for its whole duration.
     */
    public CommuneRegistry on(java.sql.Connection connection) {
        return new CommuneRegistry(JdbcClient.create(
                new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true)), bySlug);
    }

    /** Looks a commune up by a slug that came from outside; malformed input never reaches the database. */
    public Optional<Commune> resolve(String candidateSlug) {
        if (!CommuneSlug.isWellFormed(candidateSlug)) {
            return Optional.empty();
        }
        return bySlug.get(candidateSlug);
    }

    public Optional<Commune> findBySlug(String slug) {
        return find(jdbc, slug);
    }

    private static Optional<Commune> find(JdbcClient jdbc, String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.commune WHERE slug = ?")
                .param(slug)
                .query(CommuneRegistry::map)
                .optional();
    }

    public List<Commune> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.commune ORDER BY name_fr")
                .query(CommuneRegistry::map)
                .list();
    }

    public List<Commune> findActive() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.commune WHERE status = 'ACTIVE' ORDER BY id")
                .query(CommuneRegistry::map)
                .list();
    }

    /**
     * Communes whose schema is older than the commune changelog: active ones, and those whose last migration
     * failed. One indexed query, however many communes are up to date.
     */
    public List<Commune> findLagging(int targetVersion) {
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                 FROM platform.commune
                 WHERE schema_version < ?
                   AND (status = 'ACTIVE' OR (status = 'FAILED' AND provisioning_step = 'MIGRATE' AND schema_version > 0))
                 ORDER BY id""")
                .param(targetVersion)
                .query(CommuneRegistry::map)
                .list();
    }

    @Transactional
    public Commune register(CommuneRegistration registration) {
        if (!CommuneSlug.isWellFormed(registration.slug())) {
            throw new IllegalArgumentException("Malformed commune identifier: " + registration.slug());
        }
        jdbc.sql("""
                INSERT INTO platform.commune (slug, schema_name, name_ar, name_fr, name_zgh, name_en, region, province,
                                              population, kind, has_arrondissements)
                VALUES (:slug, :schema, :ar, :fr, :zgh, :en, :region, :province, :population, :kind, :arrondissements)
                ON CONFLICT (slug) DO UPDATE SET
                    name_ar = EXCLUDED.name_ar, name_fr = EXCLUDED.name_fr, name_zgh = EXCLUDED.name_zgh,
                    name_en = EXCLUDED.name_en, region = EXCLUDED.region, province = EXCLUDED.province,
                    population = EXCLUDED.population, kind = EXCLUDED.kind,
                    has_arrondissements = EXCLUDED.has_arrondissements, updated_at = now()
                """)
                .param("slug", registration.slug())
                .param("schema", CommuneSlug.schemaNameFor(registration.slug()))
                .param("ar", registration.nameAr())
                .param("fr", registration.nameFr())
                .param("zgh", registration.nameZgh())
                .param("en", registration.nameEn())
                .param("region", registration.region())
                .param("province", registration.province())
                .param("population", registration.population())
                .param("kind", registration.kind())
                .param("arrondissements", registration.hasArrondissements())
                .update();
        evict(registration.slug());
        return findBySlug(registration.slug()).orElseThrow();
    }

    public void markStep(Commune commune, CommuneStatus status, String step, String detail) {
        jdbc.sql("""
                UPDATE platform.commune SET status = ?, provisioning_step = ?, status_detail = ?, updated_at = now()
                WHERE id = ?""")
                .params(status.name(), step, detail, commune.id())
                .update();
        evict(commune.slug());
    }

    /** Records the schema version reached; a commune whose migration had failed is served again. */
    public void markMigrated(Commune commune, int schemaVersion) {
        jdbc.sql("""
                UPDATE platform.commune
                SET schema_version = ?, updated_at = now(),
                    status = CASE WHEN status = 'FAILED' THEN 'ACTIVE' ELSE status END,
                    status_detail = CASE WHEN status = 'FAILED' THEN NULL ELSE status_detail END
                WHERE id = ?""")
                .params(schemaVersion, commune.id())
                .update();
        evict(commune.slug());
    }

    public void recordOrganization(Commune commune, String organizationId) {
        jdbc.sql("UPDATE platform.commune SET organization_id = ?, updated_at = now() WHERE id = ?")
                .params(organizationId, commune.id())
                .update();
        evict(commune.slug());
    }

    public void evict(String slug) {
        bySlug.invalidate(slug);
    }

    private static Commune map(ResultSet rs, int row) throws SQLException {
        return new Commune(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("schema_name"),
                rs.getString("name_ar"),
                rs.getString("name_fr"),
                rs.getString("name_zgh"),
                rs.getString("name_en"),
                rs.getString("region"),
                rs.getString("province"),
                (Integer) rs.getObject("population"),
                rs.getString("kind"),
                rs.getBoolean("has_arrondissements"),
                CommuneStatus.valueOf(rs.getString("status")),
                rs.getString("provisioning_step"),
                rs.getString("status_detail"),
                rs.getInt("schema_version"),
                rs.getString("organization_id"));
    }
}
