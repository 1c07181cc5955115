package ma.mocharaka.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses are API calls, whose answers are held until complete. */
class WholeApiAnswersPathTest {

    @ParameterizedTest
    @CsvSource({
            "/api/communes, true",
            "/api/, true",
            "/c/beni-mellal/api/budget/cycles/1/ballot, true",
            "/c/x/api/, true",
            "/c/beni-mellal/budget/1, false",
            "/c/beni-mellal/information/api/x, false",
            "/c//api/x, false",
            "/c/, false",
            "/c/api/, false",
            "/apis/x, false",
            "/, false",
            "/open-data/indicators.csv, false"
    })
    void apiCallsAreTheConsolesAndTheCommunesApiAddresses(String path, boolean api) {
        assertThat(WholeApiAnswers.isApi(path)).as(path).isEqualTo(api);
    }
}
