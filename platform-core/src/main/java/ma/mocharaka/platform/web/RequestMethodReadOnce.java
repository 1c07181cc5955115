package ma.mocharaka.platform.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Hands Spring MVC a request whose HTTP method is read once. To find a handler, Spring MVC asks every mapping it tries
 * for the method, two or three times each (the portal has about 500 mappings below {@code /c/{commune}}), and each
 * question went down through the six wrappers the filters before it had put around the request: a tenth of the
 * portal's CPU per ballot. Registered last, after every filter that could change the method.
 */
public final class RequestMethodReadOnce implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request instanceof HttpServletRequest http ? new MethodRead(http) : request, response);
    }

    private static final class MethodRead extends HttpServletRequestWrapper {

        private final String method;

        MethodRead(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
        }

        @Override
        public String getMethod() {
            return method;
        }
    }
}
