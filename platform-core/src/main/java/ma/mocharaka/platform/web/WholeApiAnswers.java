package ma.mocharaka.platform.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers of the JSON APIs leave whole, with their {@code Content-Length}. Spring MVC flushes a JSON answer as soon
 * as it is written, before the server knows its length, so even a 20-byte answer went out chunked in two writes to the
 * socket (the body, then the closing chunk), and the client woke up twice. API answers are small JSON documents (no
 * API streams or sends files), so holding one in memory until the handler is done costs less than the second write.
 * An answer that fails half-way is not sent: the error page replaces it, as it would a page.
 */
public final class WholeApiAnswers implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer)
                || !isApi(http.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper whole = new ContentCachingResponseWrapper(answer);
        chain.doFilter(request, whole);
        whole.copyBodyToResponse();
    }

    /** {@code /api/...} (the national console) and {@code /c/{commune}/api/...} (a commune's portal). */
    static boolean isApi(String path) {
        if (path.startsWith("/api/")) {
            return true;
        }
        int afterCommune = path.startsWith("/c/") ? path.indexOf('/', 3) : -1;
        return afterCommune > 3 && path.startsWith("/api/", afterCommune);
    }
}
