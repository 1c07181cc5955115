package ma.mocharaka.portal.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.PortalApi;
import ma.mocharaka.portal.PortalTest;

/**
 * API answers leave whole, with their length, over real HTTP (the platform's WholeApiAnswers filter): a JSON answer
 * and a refusal in the caller's language alike, while pages are served as before.
 */
@PortalTest
class WholeApiAnswersTest {

    private final PortalApi api = new PortalApi();
    @Autowired ParticipatoryBudget budget;
    @Autowired CommuneRegistry registry;

    @Test
    void aJsonAnswerCarriesItsLengthAndIsNotChunked() throws Exception {
        HttpResponse<String> cycles = api.send("GET", "/c/beni-mellal/api/budget/cycles", null, null, "fr");
        assertThat(cycles.statusCode()).isEqualTo(200);
        assertWhole(cycles);
        assertThat(cycles.body()).startsWith("[");
        assertThat(cycles.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aRefusalInTheCallersLanguageCarriesItsLengthToo() throws Exception {
        BudgetFixtures.Voting cycle = CurrentCommune.callAs(registry.findBySlug("beni-mellal").orElseThrow(),
                () -> BudgetFixtures.votingCycle(budget, BudgetFixtures.uniqueTitle("Réponses entières"),
                        VotingRule.KNAPSACK, 1_000_000, null, null, 300_000));
        // Demnate's citizen is no verified resident of Beni Mellal: refused, in Arabic.
        HttpResponse<String> refused = api.send("PUT", "/c/beni-mellal/api/budget/cycles/" + cycle.cycleId() + "/ballot",
                PortalApi.token("demnat.citizen"), "{\"projects\":[" + cycle.projects().get(0) + "]}", "ar");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("budget.error.notVerified");
        assertWhole(refused);
    }

    @Test
    void pagesAreNotHeldBack() throws Exception {
        HttpResponse<String> home = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(PortalTest.BASE_URL + "/c/beni-mellal/?lang=fr")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("</html>");
    }

    private static void assertWhole(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Transfer-Encoding")).isEmpty();
        assertThat(response.headers().firstValueAsLong("Content-Length"))
                .hasValue(response.body().getBytes(StandardCharsets.UTF_8).length);
    }
}
