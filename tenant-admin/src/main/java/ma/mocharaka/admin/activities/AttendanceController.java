package ma.mocharaka.admin.activities;

import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.audit.AuditTrail;
import ma.mocharaka.platform.i18n.PlatformLanguage;
import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;

/**
 * Attendance sheets: upload, preview with the problems of each line, then confirm. Nothing is saved before the
 * confirmation, and the confirmation reads the same sheet again rather than trusting the preview.
 */
@Controller
class AttendanceController {

    static final int MAX_SHEET_BYTES = 2 * 1024 * 1024;

    private final Activities activities;
    private final CommuneRegistry communes;
    private final MessageSource messages;
    private final AuditTrail audit;

    AttendanceController(Activities activities, CommuneRegistry communes, MessageSource messages, AuditTrail audit) {
        this.activities = activities;
        this.communes = communes;
        this.messages = messages;
        this.audit = audit;
    }

    @PostMapping("/activities/{id}/attendance")
    String preview(@PathVariable long id, @RequestParam("sheet") MultipartFile sheet, Model model) throws IOException {
        Activity activity = activity(id);
        model.addAttribute("activity", activity);
        model.addAttribute("communes", communesBySlug());
        String name = sheet.getOriginalFilename() == null ? "" : sheet.getOriginalFilename();
        String lower = name.toLowerCase(Locale.ROOT);
        if (sheet.isEmpty() || !(lower.endsWith(".csv") || lower.endsWith(".xlsx"))) {
            model.addAttribute("uploadError", "attendance.error.type");
        } else if (sheet.getSize() > MAX_SHEET_BYTES) {
            model.addAttribute("uploadError", "attendance.error.tooLarge");
        }
        if (model.containsAttribute("uploadError")) {
            model.addAttribute("filename", name);
            return "activities/detail";
        }
        byte[] content = sheet.getBytes();
        model.addAttribute("preview", read(activity, name, content));
        model.addAttribute("filename", name);
        model.addAttribute("content", Base64.getEncoder().encodeToString(content));
        return "activities/attendance";
    }

    @PostMapping("/activities/{id}/attendance/confirm")
    String confirm(@PathVariable long id, @RequestParam String filename, @RequestParam String content,
                   Authentication user, RedirectAttributes redirect) {
        Activity activity = activity(id);
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(content);
        } catch (IllegalArgumentException notTheSheetWePreviewed) {
            // The preview page sends the sheet back as base64; anything else did not come from it.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        if (bytes.length > MAX_SHEET_BYTES) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
        }
        AttendanceSheet.Preview preview = read(activity, filename, bytes);
        if (!preview.canImport()) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT);
        }
        activities.replaceParticipants(id, preview.counts().values());
        audit.record(user.getName(), activity.communes().size() == 1 ? activity.communes().getFirst() : null,
                "activity.attendance", "activity/" + id, activity.participants().toString(),
                filename + ": " + preview.counts().values());
        redirect.addFlashAttribute("imported", preview.lines().size());
        return "redirect:/activities/" + id;
    }

    private AttendanceSheet.Preview read(Activity activity, String filename, byte[] content) {
        Map<String, Commune> byName = new HashMap<>();
        for (Commune commune : communes.findAll()) {
            for (String name : new String[] {commune.slug(), commune.nameAr(), commune.nameFr(), commune.nameEn(),
                    commune.nameZgh()}) {
                if (name != null) {
                    byName.put(name.strip().toLowerCase(Locale.ROOT), commune);
                }
            }
        }
        Map<String, Activity.Category> categories = new HashMap<>();
        for (Activity.Category category : Activity.Category.values()) {
            categories.put(category.name().toLowerCase(Locale.ROOT), category);
            for (PlatformLanguage language : PlatformLanguage.values()) {
                categories.put(messages.getMessage("category." + category, null, category.name(), language.locale())
                        .strip().toLowerCase(Locale.ROOT), category);
            }
        }
        return AttendanceSheet.read(filename, content,
                name -> Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT))),
                name -> Optional.ofNullable(categories.get(name.strip().toLowerCase(Locale.ROOT))),
                activity.communes());
    }

    private Activity activity(long id) {
        return activities.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Map<String, Commune> communesBySlug() {
        Map<String, Commune> bySlug = new HashMap<>();
        communes.findAll().forEach(commune -> bySlug.put(commune.slug(), commune));
        return bySlug;
    }
}
