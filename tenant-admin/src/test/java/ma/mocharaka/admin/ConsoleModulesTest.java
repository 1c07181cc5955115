package ma.mocharaka.admin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The console's feature packages talk through public services without cycles and never reach into the portal. */
class ConsoleModulesTest {

    private final JavaClasses console = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ma.mocharaka.admin");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("ma.mocharaka.admin.(*)..").should().beFreeOfCycles().check(console);
    }

    @Test
    void theConsoleNeverDependsOnThePortal() {
        noClasses().should().dependOnClassesThat().resideInAPackage("ma.mocharaka.portal..").check(console);
    }
}
