package ma.mocharaka.platform.tenancy;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds which commune a request names, if any. The answer is raw input: the registry decides whether it exists.
 */
@FunctionalInterface
public interface CommuneRequestResolver {

    Optional<String> candidateSlug(HttpServletRequest request);

    /** {@code /c/beni-mellal/...} with prefix {@code /c/}. */
    static CommuneRequestResolver byPathPrefix(String prefix) {
        return request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!path.startsWith(prefix)) {
                return Optional.empty();
            }
            String rest = path.substring(prefix.length());
            int end = rest.indexOf('/');
            return Optional.of(end < 0 ? rest : rest.substring(0, end));
        };
    }

    /** {@code beni-mellal.example.ma} with base domain {@code example.ma}; the bare base domain names no commune. */
    static CommuneRequestResolver byHost(String baseDomain) {
        String suffix = "." + baseDomain.toLowerCase(java.util.Locale.ROOT);
        return request -> {
            String host = request.getServerName();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(java.util.Locale.ROOT);
            if (!host.endsWith(suffix) || host.length() == suffix.length()) {
                return Optional.empty();
            }
            return Optional.of(host.substring(0, host.length() - suffix.length()));
        };
    }
}
