package ma.mocharaka.platform.testsupport;

import ma.mocharaka.platform.provisioning.CommuneProvisioning;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistration;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/** Registers and provisions communes for tests, the same way the console does. */
public final class TestCommunes {

    private TestCommunes() {
    }

    public static CommuneRegistration registration(String slug, String nameFr, String nameAr, int population) {
        return new CommuneRegistration(slug, nameAr, nameFr, null, nameFr, "Béni Mellal-Khénifra", "Azilal",
                population, "URBAN", false);
    }

    /** Provisions the commune unless it is already active; demo communes reuse their organization from the realm. */
    public static Commune active(CommuneRegistry registry, CommuneProvisioning provisioning,
                                 String slug, String nameFr, String nameAr, int population) {
        Commune commune = registry.findBySlug(slug)
                .orElseGet(() -> registry.register(registration(slug, nameFr, nameAr, population)));
        if (!commune.isActive()) {
            commune = provisioning.provision(slug, "test");
        }
        return commune;
    }
}
