package ma.mocharaka.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The tenancy infrastructure stays apart from everything built on it (the Fineract lesson): tenancy knows nothing of
 * security, provisioning, caching or the apps, and no platform package reaches into an app.
 */
class PlatformBoundariesTest {

    private final JavaClasses platform = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ma.mocharaka.platform");

    @Test
    void platformNeverDependsOnTheApps() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ma.mocharaka.portal..", "ma.mocharaka.admin..")
                .check(platform);
    }

    @Test
    void tenancyIsTheBottomLayer() {
        noClasses().that().resideInAPackage("ma.mocharaka.platform.tenancy..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "ma.mocharaka.platform.security..", "ma.mocharaka.platform.provisioning..",
                        "ma.mocharaka.platform.migration..", "ma.mocharaka.platform.cache..",
                        "ma.mocharaka.platform.session..", "ma.mocharaka.platform.observability..",
                        "ma.mocharaka.platform.i18n..", "ma.mocharaka.platform.audit..",
                        "org.keycloak..", "org.springframework.security..")
                .check(platform);
    }

    @Test
    void platformPackagesHaveNoCycles() {
        slices().matching("ma.mocharaka.platform.(*)..").should().beFreeOfCycles().check(platform);
    }
}
