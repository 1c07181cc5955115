package ma.mocharaka.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/** The faster token and header checks answer exactly as Spring Security's defaults do. */
class BearerTokenInHeaderTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ2b3RlciJ9.c2lnbmF0dXJl-_~+/==";

    @Test
    void answersAsTheDefaultResolverForEveryKindOfHeader() {
        List<String> headers = List.of("Bearer " + JWT, "bearer " + JWT, "BEARER " + JWT, "Bearer abc=", "Bearer abc==",
                "Bearer ", "Bearer", "Bearer  " + JWT, "Bearer " + JWT + " ", "Bearer a=b", "Bearer =", "Bearer a\u00e9",
                "Bearer\t" + JWT, "Basic dXNlcjpwYXNz", "Bearerx " + JWT, "Bearer " + JWT + "\n", "Token " + JWT);
        for (String header : headers) {
            assertThat(outcome(new BearerTokenInHeader(), header))
                    .as("Authorization: %s", header)
                    .isEqualTo(outcome(new DefaultBearerTokenResolver(), header));
        }
        MockHttpServletRequest none = new MockHttpServletRequest();
        assertThat(new BearerTokenInHeader().resolve(none)).isNull();
    }

    @Test
    void randomHeadersGetTheSameAnswerAsFromTheDefaults() {
        Random random = new Random(20261123);
        String alphabet = "Bbearer aZz09-._~+/=\t\u00e9\u0000\u0085\u2028\ud83d\ude00\u0378\ufeff%";
        HeaderValueCharacters fast = new HeaderValueCharacters();
        StrictHttpFirewall defaults = new StrictHttpFirewall();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder header = new StringBuilder(n % 3 == 0 ? "Bearer " : "");
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = header.toString();
            assertThat(outcome(new BearerTokenInHeader(), value)).as(value)
                    .isEqualTo(outcome(new DefaultBearerTokenResolver(), value));
            assertThat(fast.test(value)).as(value).isEqualTo(acceptedByDefaultFirewall(defaults, value));
        }
    }

    private static String outcome(org.springframework.security.oauth2.server.resource.web.BearerTokenResolver resolver,
                                  String header) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", header);
        try {
            return "token:" + resolver.resolve(request);
        } catch (OAuth2AuthenticationException refused) {
            return "refused:" + refused.getError().getErrorCode();
        }
    }

    private static boolean acceptedByDefaultFirewall(StrictHttpFirewall firewall, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("X-Probe", value);
        try {
            firewall.getFirewalledRequest(request).getHeader("X-Probe");
            return true;
        } catch (org.springframework.security.web.firewall.RequestRejectedException rejected) {
            return false;
        }
    }
}
