package ma.mocharaka.admin.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.admin.AdminTest;
import ma.mocharaka.platform.migration.CommuneSchemaMigrator;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/**
 * Only aggregates cross the tenant boundary (law 09-08): the shared analytics tables have no column that could hold
 * a person, and after a roll-up of communes full of names and accounts none of them is found in the shared rows.
 */
@AdminTest
class SharedAnalyticsHoldNoPersonalDataTest {

    private static final List<String> ANALYTICS_TABLES = List.of("commune_indicator", "analytics_indicator", "analytics_rollup");

    @Autowired JdbcClient jdbc;
    @Autowired CommuneRegistry registry;
    @Autowired CommuneSchemaMigrator migrator;
    @Autowired RollUp rollUp;

    @Test
    void noSharedAnalyticsColumnIsNamedLikePersonalData() {
        List<String> columns = jdbc.sql("""
                        SELECT table_name || '.' || column_name FROM information_schema.columns
                        WHERE table_schema = 'platform' AND table_name = ANY(?)""")
                .param(ANALYTICS_TABLES.toArray(String[]::new)).query(String.class).list();
        assertThat(columns).hasSizeGreaterThan(20);
        assertThat(columns).noneMatch(column -> column.matches(
                "(?i).*\\.(.*(account|user|name|cin|email|mail|phone|author|participant|voter|signer|address|birth"
                        + "|gender|age|ip|actor|created_by|checked_in_by).*)"));
    }

    @Test
    void aRollUpCarriesNoNameNoAccountAndNoFreeText() throws Exception {
        AnalyticsFixture.ensure(jdbc, registry, migrator);
        rollUp.rollUp(registry.findBySlug(AnalyticsFixture.A).orElseThrow());
        List<String> texts = jdbc.sql("""
                        SELECT i.indicator || '|' || i.dimension FROM platform.commune_indicator i
                        JOIN platform.commune c ON c.id = i.commune_id WHERE c.slug = ?""")
                .param(AnalyticsFixture.A).query(String.class).list();
        assertThat(texts).isNotEmpty();
        assertThat(String.join("\n", texts)).doesNotContain("Representative", "Deputy", "citizen-account",
                "moderator", "test", "insult", "Texte");
        // Every dimension is empty or a number of days (the petitions' decision histogram).
        assertThat(texts).allMatch(text -> text.matches("[a-z][a-z0-9_.]*\\|(\\d*)"));
    }
}
