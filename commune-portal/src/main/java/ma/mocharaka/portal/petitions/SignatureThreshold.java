package ma.mocharaka.portal.petitions;

import java.io.Serializable;

import ma.mocharaka.platform.tenancy.Commune;

/**
 * How many signatures a citizens' petition needs in a commune. The defaults follow art. 123 of organic law 113-14
 * as we read it (100 below 35,000 inhabitants, 200 otherwise, 400 with arrondissements); a commune can set its own
 * figure once the text in the Bulletin officiel is checked, and the page says which applies.
 */
public record SignatureThreshold(int value, int lawDefault, boolean setByCommune) implements Serializable {

    public static final int SMALL_COMMUNE_POPULATION = 35_000;

    public static int lawDefault(Commune commune) {
        if (commune.hasArrondissements()) {
            return 400;
        }
        Integer population = commune.population();
        return population != null && population < SMALL_COMMUNE_POPULATION ? 100 : 200;
    }
}
