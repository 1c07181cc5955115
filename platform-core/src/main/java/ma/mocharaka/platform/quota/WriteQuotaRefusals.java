package ma.mocharaka.platform.quota;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import ma.mocharaka.platform.i18n.PlatformLanguage;
import ma.mocharaka.platform.i18n.PlatformWebConfiguration;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * What a refused write gets back: 429 with Retry-After, and a message in the person's language saying that nothing
 * was saved and when to try again. A page also carries what was sent, ready to be sent again, so nothing typed is lost.
 */
@ControllerAdvice
public class WriteQuotaRefusals {

    /** Never sent back: the page's own form gets a fresh token. */
    private static final String CSRF_PARAMETER = "_csrf";

    private final MessageSource messages;

    public WriteQuotaRefusals(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(WriteQuotaExceeded.OnApi.class)
    ResponseEntity<ProblemDetail> onApi(WriteQuotaExceeded.OnApi refused, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("quota.refused.detail", new Object[] {refused.minutesToWait()}, locale));
        problem.setTitle(messages.getMessage("quota.refused.title", null, locale));
        problem.setProperty("quota", refused.quota());
        problem.setProperty("retryAfterSeconds", refused.secondsToWait());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.secondsToWait()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(WriteQuotaExceeded.OnPage.class)
    ModelAndView onPage(WriteQuotaExceeded.OnPage refused, HttpServletRequest request, HttpServletResponse response,
                        Locale locale) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refused.secondsToWait()));
        // The page holds what the person typed: no cache may keep it.
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        ModelAndView page = new ModelAndView("platform/quota-exceeded", HttpStatus.TOO_MANY_REQUESTS);
        // Exception handlers get no model from the controller advice, so the layout's attributes are set here.
        page.addObject("pageLanguage", PlatformLanguage.of(locale));
        page.addObject("languages", List.of(PlatformLanguage.values()));
        page.addObject("commune", CurrentCommune.get().orElse(null));
        page.addObject("minutes", refused.minutesToWait());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        page.addObject("path", path);
        page.addObject("fields", sent(request));
        page.addObject("languageSwitchTarget", pageToSwitchLanguageOn(request, path));
        return page;
    }

    /**
     * Where this page's language links lead. Not to the refused address, which only takes POSTs: to the page the form
     * was on (the Referer, when it is a page of this site other than the refused address), otherwise to the
     * commune's home. Anything asked for with {@code lang} is dropped, as the link sets its own.
     */
    static String pageToSwitchLanguageOn(HttpServletRequest request, String refusedPath) {
        String home = CurrentCommune.get().map(commune -> "/c/" + commune.slug() + "/").orElse("/");
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return home;
        }
        UriComponents from;
        try {
            from = UriComponentsBuilder.fromUriString(referer).build();
        } catch (IllegalArgumentException unreadable) {
            return home;
        }
        String context = request.getContextPath();
        boolean sameSite = ("http".equalsIgnoreCase(from.getScheme()) || "https".equalsIgnoreCase(from.getScheme()))
                && request.getServerName().equalsIgnoreCase(from.getHost())
                && portOf(from) == request.getServerPort()
                && from.getPath() != null && from.getPath().startsWith(context + "/");
        if (!sameSite) {
            return home;
        }
        String page = from.getPath().substring(context.length());
        if (page.equals(refusedPath)) {
            // The refusal page's own "send again" was refused in turn: its address is the refused one.
            return home;
        }
        return UriComponentsBuilder.fromPath(page).query(from.getQuery())
                .replaceQueryParam(PlatformWebConfiguration.LANGUAGE_PARAMETER).build().toUriString();
    }

    private static int portOf(UriComponents uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static List<SentField> sent(HttpServletRequest request) {
        List<SentField> fields = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (CSRF_PARAMETER.equals(parameter.getKey())) {
                continue;
            }
            for (String value : parameter.getValue()) {
                fields.add(new SentField(parameter.getKey(), value));
            }
        }
        return fields;
    }

    /** One value of the refused form, sent again as it was. */
    public record SentField(String name, String value) {
    }
}
