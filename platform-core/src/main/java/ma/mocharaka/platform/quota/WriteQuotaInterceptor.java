package ma.mocharaka.platform.quota;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** Applies {@link WriteQuota}: before an annotated controller method runs, the client's write is counted or refused. */
public class WriteQuotaInterceptor implements HandlerInterceptor {

    /** Outside a commune (none of today's quotas is) the counts are kept under this name. */
    static final String NO_COMMUNE = "-";

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final Map<Handler, Optional<WriteQuota>> quotaOfHandler = new ConcurrentHashMap<>();
    private final WriteQuotas quotas;
    private final QuotaClients clients;

    public WriteQuotaInterceptor(WriteQuotas quotas, QuotaClients clients) {
        this.quotas = quotas;
        this.clients = clients;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        WriteQuota quota = quotaOf(method);
        if (quota == null) {
            return true;
        }
        String commune = CurrentCommune.get().map(Commune::slug).orElse(NO_COMMUNE);
        Optional<Duration> refused = quotas.take(quota.value(), commune, clients.keyOf(commune, request));
        if (refused.isEmpty()) {
            return true;
        }
        throw answersJson(request, method)
                ? new WriteQuotaExceeded.OnApi(quota.value(), refused.get())
                : new WriteQuotaExceeded.OnPage(quota.value(), refused.get());
    }

    private WriteQuota quotaOf(HandlerMethod method) {
        // Looked up once per handler: the annotation search was a few percent of every request.
        return quotaOfHandler.computeIfAbsent(new Handler(method.getBeanType(), method.getMethod()), handler -> {
            WriteQuota onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.method(), WriteQuota.class);
            return Optional.ofNullable(onMethod != null ? onMethod
                    : AnnotatedElementUtils.findMergedAnnotation(handler.type(), WriteQuota.class));
        }).orElse(null);
    }

    private record Handler(Class<?> type, Method method) {
    }

    private static boolean answersJson(HttpServletRequest request, HandlerMethod method) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PATHS.match("/c/*/api/**", path)
                || method.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                || HttpEntity.class.isAssignableFrom(method.getReturnType().getParameterType());
    }
}
