package ma.mocharaka.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.PlatformTest;
import ma.mocharaka.platform.analytics.CommuneChanges;
import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.testsupport.TestCommunes;

/**
 * A commune statement runs on a connection that still points at the shared schema, reaches its own commune's tables
 * only, and tells analytics that the commune changed, as Hibernate's statements do.
 */
@PlatformTest
class CommuneStatementsInDatabaseTest {

    @Autowired CommuneRegistry registry;
    @Autowired CommuneProvisioning provisioning;
    @Autowired CommuneStatements statements;
    @Autowired CommuneChanges changes;
    @Autowired javax.sql.DataSource dataSource;

    @Test
    void aStatementWritesInItsCommuneOnlyAndSignalsTheChange() {
        Commune demnat = TestCommunes.active(registry, provisioning, "demnat", "Demnate", "دمنات", 33_628);
        Commune tata = TestCommunes.active(registry, provisioning, "tata", "Tata", "طاطا", 18_359);
        LocalDate day = LocalDate.of(2031, 1, 11);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM commune_demnat.info_holiday WHERE day = ?").param(day).update();
        jdbc.sql("DELETE FROM commune_tata.info_holiday WHERE day = ?").param(day).update();
        changes.take(10_000);

        String schemaOfTheConnection = CurrentCommune.callAs(demnat, () -> statements.sql("""
                        INSERT INTO {commune}.info_holiday (day, name, kind, updated_by)
                        VALUES (:day, '{"fr":"Manifeste de l''indépendance"}', 'NATIONAL', 'test')
                        RETURNING current_schema()""")
                .param("day", day).query(String.class).single());

        assertThat(schemaOfTheConnection).isEqualTo(CommuneSchemaConnectionProvider.SHARED_SCHEMA);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_demnat.info_holiday WHERE day = ?").param(day)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM commune_tata.info_holiday WHERE day = ?").param(day)
                .query(Long.class).single()).isZero();
        changes.flush();
        assertThat(changes.take(10_000)).contains(demnat.slug()).doesNotContain(tata.slug());
    }
}
