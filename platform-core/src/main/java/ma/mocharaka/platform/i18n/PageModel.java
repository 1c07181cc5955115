package ma.mocharaka.platform.i18n;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.support.RequestContextUtils;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * What every page template needs: its language and direction, the language switcher, and the commune if any. Added
 * once the handler has chosen a page, and only then: a JSON answer or a redirect has no use for them (as controller
 * advice, they were built for every API call too). What a handler put in its model under these names stays.
 */
public class PageModel implements HandlerInterceptor {

    private static final List<PlatformLanguage> LANGUAGES = List.of(PlatformLanguage.values());

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || !rendersAPage(page)) {
            return;
        }
        Map<String, Object> model = page.getModel();
        model.putIfAbsent("pageLanguage", PlatformLanguage.of(RequestContextUtils.getLocale(request)));
        model.putIfAbsent("languages", LANGUAGES);
        if (!model.containsKey("commune")) {
            model.put("commune", CurrentCommune.get().orElse(null));
        }
    }

    private static boolean rendersAPage(ModelAndView page) {
        if (page.getView() instanceof SmartView view && view.isRedirectView()) {
            return false;
        }
        String name = page.getViewName();
        return name == null || !(name.startsWith("redirect:") || name.startsWith("forward:"));
    }
}
