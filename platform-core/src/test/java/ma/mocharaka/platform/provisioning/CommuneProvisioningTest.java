package ma.mocharaka.platform.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ma.mocharaka.platform.PlatformProperties;
import ma.mocharaka.platform.PlatformTest;
import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.migration.CommuneSchemaMigrator;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CommuneStatus;
import ma.mocharaka.platform.testsupport.TestCommunes;

@PlatformTest
class CommuneProvisioningTest {

    @Autowired CommuneRegistry registry;
    @Autowired CommuneProvisioning provisioning;
    @Autowired CommuneSchemaMigrator migrator;
    @Autowired JdbcClient jdbc;
    @Autowired Keycloak keycloak;
    @Autowired PlatformProperties properties;
    @Autowired AuditTrail audit;

    @Test
    void provisioningCreatesMigratesRegistersAndIsIdempotent() {
        registry.register(TestCommunes.registration("ouaouizeght", "Ouaouizeght", "واويزغت", 12_000));

        Commune first = provisioning.provision("ouaouizeght", "program.admin");

        assertThat(first.status()).isEqualTo(CommuneStatus.ACTIVE);
        assertThat(first.schemaVersion()).isEqualTo(migrator.targetVersion()).isPositive();
        assertThat(first.organizationId()).isNotBlank();
        assertThat(tablesOf("commune_ouaouizeght")).contains("news_item", "static_page", "databasechangelog");
        assertThat(provisioning.history(first))
                .filteredOn(event -> event.outcome().equals("DONE"))
                .extracting(ProvisioningEvent::step)
                .containsExactly("VALIDATE", "CREATE_SCHEMA", "MIGRATE", "CREATE_ORGANIZATION", "ACTIVATE");
        List<OrganizationRepresentation> organizations = keycloak.realm(properties.keycloak().realm())
                .organizations().search("ouaouizeght.mocharaka.ma", true, 0, 10);
        assertThat(organizations).extracting(OrganizationRepresentation::getId).containsExactly(first.organizationId());

        jdbc.sql("INSERT INTO commune_ouaouizeght.news_item (title, body, published_on, created_by) "
                + "VALUES ('{\"fr\":\"kept\"}', '{\"fr\":\"kept\"}', DATE '2025-02-15', 'test')").update();
        Commune second = provisioning.provision("ouaouizeght", "program.admin");

        assertThat(second.status()).isEqualTo(CommuneStatus.ACTIVE);
        assertThat(second.organizationId()).isEqualTo(first.organizationId());
        assertThat(second.schemaVersion()).isEqualTo(first.schemaVersion());
        assertThat(jdbc.sql("SELECT count(*) FROM commune_ouaouizeght.news_item").query(Long.class).single())
                .as("re-provisioning keeps the commune's data").isEqualTo(1L);
        assertThat(keycloak.realm(properties.keycloak().realm()).organizations().search("ouaouizeght.mocharaka.ma", true, 0, 10))
                .hasSize(1);
        // The schema was built in one transaction without Liquibase's update command; Liquibase, run on it by the
        // second provisioning, must have found every change set applied and recorded nothing twice.
        assertThat(jdbc.sql("SELECT count(*) FROM commune_ouaouizeght.databasechangelog").query(Long.class).single())
                .isEqualTo((long) migrator.targetVersion());
        assertThat(audit.recent("ouaouizeght", 10)).extracting(AuditTrail.AuditEvent::action)
                .contains("commune.provision");
    }

    @Test
    void aFailedProvisioningIsReportedAtItsStepAndCanBeRetried() {
        registry.register(TestCommunes.registration("tagzirt", "Tagzirt", "تاكزيرت", 9_000));
        // A leftover table of another shape makes the changelog fail, as a half-restored schema would.
        jdbc.sql("CREATE SCHEMA commune_tagzirt").update();
        jdbc.sql("CREATE TABLE commune_tagzirt.news_item (legacy text)").update();

        assertThatThrownBy(() -> provisioning.provision("tagzirt", "program.admin"))
                .isInstanceOf(ProvisioningFailedException.class)
                .extracting(e -> ((ProvisioningFailedException) e).step())
                .isEqualTo(ProvisioningStep.MIGRATE);
        Commune failed = registry.findBySlug("tagzirt").orElseThrow();
        assertThat(failed.status()).isEqualTo(CommuneStatus.FAILED);
        assertThat(failed.provisioningStep()).isEqualTo("MIGRATE");
        assertThat(failed.statusDetail()).contains("news_item");

        jdbc.sql("DROP TABLE commune_tagzirt.news_item").update();
        Commune retried = provisioning.provision("tagzirt", "program.admin");

        assertThat(retried.status()).isEqualTo(CommuneStatus.ACTIVE);
        assertThat(retried.statusDetail()).isNull();
        assertThat(retried.schemaVersion()).isEqualTo(migrator.targetVersion());
    }

    @Test
    void unknownCommunesAreNotProvisioned() {
        assertThatThrownBy(() -> provisioning.provision("atlantis", "program.admin"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'commune_atlantis'")
                .query(Long.class).single()).isZero();
    }

    private List<String> tablesOf(String schema) {
        return jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = ?")
                .param(schema).query(String.class).list();
    }
}
