package ma.mocharaka.portal.electoral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.mocharaka.platform.testsupport.Browser;
import ma.mocharaka.platform.testsupport.KeycloakTestServer;
import ma.mocharaka.portal.PortalTest;
import ma.mocharaka.portal.petitions.PetitionFixtures;

/** Staff check an electoral list with errors in French, and the citizen's matching page in Arabic, with axe-core. */
@PortalTest
class ElectoralBrowserTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @BeforeEach
    void signedOut() {
        browser.forgetEverything();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void staffSeeEveryProblemOfAListInFrench() throws Exception {
        Path file = Files.createTempFile("liste-electorale", ".csv");
        Files.writeString(file, "CIN;Nom complet\n" + PetitionFixtures.randomCin() + ";Samira Ouali\nABC;Omar\n",
                StandardCharsets.UTF_8);
        try {
            browser.open(PortalTest.BASE_URL + "/c/beni-mellal/admin/electoral-list?lang=fr");
            browser.signInToKeycloak("bm.staff", KeycloakTestServer.DEMO_PASSWORD);
            browser.waitForUrlContaining("/c/beni-mellal/admin/electoral-list");
            browser.assertAccessible();
            browser.find("#file").sendKeys(file.toAbsolutePath().toString());
            browser.clickAndWaitForNextPage("#preview-list");
            assertThat(browser.find("[role=alert]").getText()).contains("Ligne 3 :").contains("numéro de CIN absent ou invalide");
            browser.assertAccessible();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theMatchingPageInArabic() {
        browser.open(PortalTest.BASE_URL + "/c/beni-mellal/account/residence?lang=ar");
        browser.signInToKeycloak("bm.citizen", KeycloakTestServer.DEMO_PASSWORD);
        browser.waitForUrlContaining("/c/beni-mellal/account/residence");
        assertThat(browser.html("dir")).isEqualTo("rtl");
        assertThat(browser.find("h1").getText()).isEqualTo("التحقق من إقامتي عبر اللائحة الانتخابية");
        browser.assertAccessible();
    }
}
