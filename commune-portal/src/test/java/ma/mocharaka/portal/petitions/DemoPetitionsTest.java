package ma.mocharaka.portal.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.platform.tenancy.ForEachCommune;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.residence.ResidenceVerification;

/** The demo data goes through the same rules as real petitions, and loading it twice changes nothing. */
@PortalTest
class DemoPetitionsTest {

    @Autowired Petitions petitions;
    @Autowired ResidenceVerification residence;
    @Autowired CommuneRegistry registry;
    @Autowired ForEachCommune forEachCommune;

    @Test
    void beniMellalsPetitionOf2023IsAcceptedInTheOctoberSessionAndADemoPetitionCollects() {
        Commune beniMellal = registry.findBySlug("beni-mellal").orElseThrow();
        DemoPetitions demo = new DemoPetitions(forEachCommune, petitions, residence);
        CurrentCommune.runAs(beniMellal, () -> {
            demo.loadIntoCurrentCommune();
            long before = petitions.all().size();
            demo.loadIntoCurrentCommune();
            assertThat(petitions.all()).hasSize((int) before);

            PetitionView of2023 = petitions.all().stream()
                    .filter(p -> p.localizedTitle().in("fr").contains("26-27 août 2023")).findFirst().orElseThrow();
            assertThat(of2023.status()).isEqualTo(PetitionStatus.ACCEPTED);
            assertThat(of2023.session()).isEqualTo(YearMonth.of(2023, 10));
            assertThat(of2023.decisionOn()).isEqualTo(LocalDate.of(2023, 10, 3));
            assertThat(of2023.signatures()).isGreaterThanOrEqualTo(of2023.signatureThreshold());
            assertThat(of2023.history()).hasSize(5);

            PetitionView collecting = petitions.all().stream()
                    .filter(p -> p.localizedTitle().in("fr").contains("pétition de démonstration")).findFirst().orElseThrow();
            assertThat(collecting.status()).isEqualTo(PetitionStatus.COLLECTING);
            assertThat(collecting.signatures()).isEqualTo(37);
            assertThat(residence.fingerprintOf("bm.citizen")).isPresent();
        });
    }
}
