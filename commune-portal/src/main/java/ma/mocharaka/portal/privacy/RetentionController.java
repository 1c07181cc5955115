package ma.mocharaka.portal.privacy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.security.CommuneAccess;
import ma.mocharaka.platform.security.PlatformRole;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * The commune's retention periods. Staff may read them (the admin area already requires staff of this commune);
 * only the commune's administrator changes them, because they decide what the commune erases.
 */
@Controller
class RetentionController {

    private static final String FIELD_PREFIX = "months_";

    private final RetentionSettings settings;

    RetentionController(RetentionSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/c/{commune}/admin/privacy/retention")
    String page(Authentication staff, Model model) {
        Map<String, String> typed = new HashMap<>();
        settings.current().forEach(period -> typed.put(period.category(), String.valueOf(period.months())));
        return show(model, staff, typed, Map.of());
    }

    @PostMapping("/c/{commune}/admin/privacy/retention")
    String save(@RequestParam Map<String, String> form, Authentication staff, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        if (!isAdministrator(staff)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return show(model, staff, typedValues(form), Map.of());
        }
        Map<String, String> typed = typedValues(form);
        Map<String, Integer> months = new LinkedHashMap<>();
        typed.forEach((category, value) -> {
            try {
                months.put(category, Integer.parseInt(value.strip()));
            } catch (NumberFormatException notANumber) {
                // Left out: the settings report the category as out of range, with what was typed kept.
            }
        });
        Map<String, String> errors = settings.save(months, staff.getName());
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(model, staff, typed, errors);
        }
        redirect.addFlashAttribute("done", "privacy.retention.saved");
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/privacy/retention";
    }

    private String show(Model model, Authentication staff, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("periods", settings.current());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("errorLines", settings.current().stream()
                .filter(period -> errors.containsKey(period.category()))
                .map(period -> new ErrorLine(period.category(), period.minimumMonths()))
                .toList());
        model.addAttribute("maximum", RetentionSettings.MAXIMUM_MONTHS);
        model.addAttribute("canChange", isAdministrator(staff));
        return "privacy/retention";
    }

    /** A category refused, with the shortest period it accepts, for the message. */
    record ErrorLine(String category, int minimum) {
    }

    private static Map<String, String> typedValues(Map<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(FIELD_PREFIX)) {
                typed.put(name.substring(FIELD_PREFIX.length()), value == null ? "" : value);
            }
        });
        return typed;
    }

    private static boolean isAdministrator(Authentication user) {
        return CommuneAccess.hasRoleIn(user, CurrentCommune.require(), PlatformRole.COMMUNE_ADMIN);
    }
}
