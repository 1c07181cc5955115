package ma.mocharaka.platform.i18n;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/** What every page template needs: its language and direction, the language switcher, and the commune if any. */
@ControllerAdvice
public class PageModelAdvice {

    @ModelAttribute("pageLanguage")
    PlatformLanguage pageLanguage(Locale locale) {
        return PlatformLanguage.of(locale);
    }

    @ModelAttribute("languages")
    List<PlatformLanguage> languages() {
        return List.of(PlatformLanguage.values());
    }

    @ModelAttribute("commune")
    Commune commune() {
        return CurrentCommune.get().orElse(null);
    }
}
