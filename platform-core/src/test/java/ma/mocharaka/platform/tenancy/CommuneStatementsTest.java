package ma.mocharaka.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A commune statement names its own commune's tables, and only a registry-shaped schema name reaches the SQL. */
class CommuneStatementsTest {

    @Test
    void tablesAreQualifiedWithTheQuotedSchema() {
        assertThat(CommuneStatements.qualify(
                "SELECT count(*) FROM {commune}.budget_ballot b JOIN {commune}.budget_cycle c ON c.id = b.cycle_id",
                "commune_beni_mellal"))
                .isEqualTo("SELECT count(*) FROM \"commune_beni_mellal\".budget_ballot b "
                        + "JOIN \"commune_beni_mellal\".budget_cycle c ON c.id = b.cycle_id");
    }

    @Test
    void aSchemaNameNotShapedByTheRegistryIsRefused() {
        for (String hostile : new String[] {"platform", "commune_x\"; DROP SCHEMA platform; --", "commune_A", "", null,
                "public", "commune_" + "a".repeat(61)}) {
            assertThatThrownBy(() -> CommuneStatements.qualify("SELECT 1 FROM {commune}.t", hostile))
                    .as(String.valueOf(hostile)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aStatementWithoutThePlaceholderIsRefused() {
        // Unqualified tables would run in whatever schema the borrowed connection points at.
        assertThatThrownBy(() -> CommuneStatements.qualify("SELECT * FROM budget_ballot", "commune_beni_mellal"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
