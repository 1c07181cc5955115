package ma.mocharaka.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

class NulCharacterFilterTest {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final NulCharacterFilter filter;

    NulCharacterFilterTest() {
        messages.addMessage(NulCharacterFilter.MESSAGE_KEY, Locale.FRENCH, "Caractère \"nul\" refusé");
        filter = new NulCharacterFilter(messages, new FixedLocaleResolver(Locale.FRENCH));
    }

    @Test
    void formFieldsLoseTheNulAndKeepEverythingElse() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/c/beni-mellal/admin/news");
        request.addParameter("titleFr", "Rue\u0000 principale");
        request.addParameter("tags", "a\u0000", "b");
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));

        assertThat(seen.get().getParameter("titleFr")).isEqualTo("Rue principale");
        assertThat(seen.get().getParameterValues("tags")).containsExactly("a", "b");
        assertThat(seen.get().getParameterMap().get("titleFr")).containsExactly("Rue principale");
    }

    @Test
    void jsonCarryingANulIsRefusedInTheCallersLanguage() throws Exception {
        MockHttpServletRequest request = json("{\"titleFr\": \"Rue\\u0000\"}");
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

        filter.doFilter(request, response, (req, res) -> seen.set((HttpServletRequest) req));

        assertThat(seen.get()).isNull();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":\"input.error.nulCharacter\",\"message\":\"Caractère \\\"nul\\\" refusé\"}");
    }

    @Test
    void jsonWithoutNulPassesWithItsBodyIntact() throws Exception {
        String body = "{\"path\": \"C:\\\\u0000dir\", \"titleFr\": \"Rue\"}";
        MockHttpServletRequest request = json(body);
        AtomicReference<String> read = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) ->
                read.set(new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));

        assertThat(read.get()).isEqualTo(body);
    }

    @Test
    void recognisesRawAndEscapedNulsButNotAnEscapedBackslash() {
        assertThat(NulCharacterFilter.carriesNul(bytes("{\"a\":\"x\\u0000\"}"))).isTrue();
        assertThat(NulCharacterFilter.carriesNul(bytes("{\"a\":\"x\\U0000\"}"))).isTrue();
        assertThat(NulCharacterFilter.carriesNul(bytes("{\"a\":\"x\\\\\\u0000\"}"))).isTrue();
        assertThat(NulCharacterFilter.carriesNul(new byte[] {'"', 0, '"'})).isTrue();
        assertThat(NulCharacterFilter.carriesNul(bytes("{\"a\":\"x\\\\u0000\"}"))).isFalse();
        assertThat(NulCharacterFilter.carriesNul(bytes("{\"a\":\"\\u00001\"}"))).isTrue();
        assertThat(NulCharacterFilter.carriesNul(bytes("{\"a\":\"\\u0001\"}"))).isFalse();
    }

    private static MockHttpServletRequest json(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/c/beni-mellal/api/news");
        request.setContentType("application/json");
        request.setContent(bytes(body));
        return request;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
