package ma.mocharaka.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * PostgreSQL refuses the NUL character in text and JSON columns, so one that slipped into a field turned a save into
 * a server error. Nobody types it; it comes from pasted binary or from probing. Form fields and query parameters lose
 * it silently, so the form goes on with everything else that was typed; a JSON body carrying it is refused with a 400
 * and a message in the caller's language, since an API client should learn that its data was not stored as sent.
 */
public class NulCharacterFilter extends OncePerRequestFilter {

    static final String MESSAGE_KEY = "input.error.nulCharacter";
    /** JSON bodies are small; a bigger one is left to the parser's own limits rather than buffered here. */
    private static final int LARGEST_CHECKED_BODY = 10 * 1024 * 1024;

    private final MessageSource messages;
    private final LocaleResolver locales;

    public NulCharacterFilter(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest checked = new WithoutNulParameters(request);
        if (isJson(request) && request.getContentLengthLong() <= LARGEST_CHECKED_BODY) {
            byte[] body = request.getInputStream().readAllBytes();
            if (carriesNul(body)) {
                refuse(request, response);
                return;
            }
            checked = new WithBody(checked, body);
        }
        chain.doFilter(checked, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage(MESSAGE_KEY, null, locale);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + MESSAGE_KEY + "\",\"message\":\"" + message.replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"}");
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    /** A raw NUL byte, or the JSON escape for one ({@code \u0000}) that is not itself an escaped backslash. */
    static boolean carriesNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (body[i] == '\\' && i + 5 < body.length && (body[i + 1] == 'u' || body[i + 1] == 'U')
                    && body[i + 2] == '0' && body[i + 3] == '0' && body[i + 4] == '0' && body[i + 5] == '0') {
                int backslashes = 0;
                for (int j = i; j >= 0 && body[j] == '\\'; j--) {
                    backslashes++;
                }
                if (backslashes % 2 == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    static String strip(String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
    }

    private static final class WithoutNulParameters extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        WithoutNulParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> {
                    String[] copy = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        copy[i] = strip(values[i]);
                    }
                    cleaned.merge(strip(name), copy, (first, second) -> {
                        String[] both = Arrays.copyOf(first, first.length + second.length);
                        System.arraycopy(second, 0, both, first.length, second.length);
                        return both;
                    });
                });
                parameters = Collections.unmodifiableMap(cleaned);
            }
            return parameters;
        }
    }

    private static final class WithBody extends HttpServletRequestWrapper {

        private final byte[] body;

        WithBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Synchronous reads only");
                }

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
