package ma.mocharaka.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Each participation mechanism is a module of its own (one package, Decidim style): modules may use one another's
 * public services but never form a cycle, the portal never reaches into the console, and the platform's tenancy
 * infrastructure is used through its public types only.
 */
class PortalModulesTest {

    private final JavaClasses portal = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ma.mocharaka.portal");

    @Test
    void mechanismModulesHaveNoCycles() {
        slices().matching("ma.mocharaka.portal.(*)..").should().beFreeOfCycles().check(portal);
    }

    @Test
    void thePortalNeverDependsOnTheConsole() {
        noClasses().should().dependOnClassesThat().resideInAPackage("ma.mocharaka.admin..").check(portal);
    }

    @Test
    void mechanismsDoNotOpenSchemaConnectionsThemselves() {
        noClasses().should().dependOnClassesThat().haveSimpleName("CommuneSchemaConnectionProvider")
                .orShould().dependOnClassesThat().haveSimpleName("CommuneContextFilter")
                .check(portal);
    }
}
