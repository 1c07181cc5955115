package ma.mocharaka.platform.tenancy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Resolves the request's commune once, before security and MVC see the request, and clears it afterwards.
 * A name that is malformed or not in the registry answers 404; a commune that exists but cannot be served now
 * (being provisioned, failed, or its schema behind the code) answers 503, so one commune's trouble stays its own.
 */
public class CommuneContextFilter extends OncePerRequestFilter {

    public static final String REQUEST_ATTRIBUTE = CommuneContextFilter.class.getName() + ".commune";

    private final CommuneRegistry registry;
    private final List<CommuneRequestResolver> resolvers;
    private final boolean activeOnly;
    private final IntSupplier requiredSchemaVersion;

    public CommuneContextFilter(CommuneRegistry registry, List<CommuneRequestResolver> resolvers, boolean activeOnly,
                                IntSupplier requiredSchemaVersion) {
        this.registry = registry;
        this.resolvers = resolvers;
        this.activeOnly = activeOnly;
        this.requiredSchemaVersion = requiredSchemaVersion;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> candidate = resolvers.stream()
                .map(resolver -> resolver.candidateSlug(request))
                .flatMap(Optional::stream)
                .findFirst();
        if (candidate.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Commune> commune = registry.resolve(candidate.get());
        if (commune.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (activeOnly && (!commune.get().isActive()
                || commune.get().schemaVersion() < requiredSchemaVersion.getAsInt())) {
            response.setHeader("Retry-After", "60");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        request.setAttribute(REQUEST_ATTRIBUTE, commune.get());
        CurrentCommune.bind(commune.get());
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentCommune.clear();
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
