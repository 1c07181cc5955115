package ma.mocharaka.portal.information;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.i18n.LocalizedText;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * The staff side (commune-staff and commune-admin of this commune): the register with filters and its CSV export,
 * requests received at the counter, the one extension, the answer or refusal with documents, the working-day
 * calendar (administrators only) and the proactive publication. A refused step re-renders with what was typed.
 */
@Controller
class InformationAdminController {

    private final InformationRequests requests;
    private final WorkingCalendar calendar;
    private final Publications publications;
    private final MessageSource messages;

    InformationAdminController(InformationRequests requests, WorkingCalendar calendar, Publications publications,
                               MessageSource messages) {
        this.requests = requests;
        this.calendar = calendar;
        this.publications = publications;
        this.messages = messages;
    }

    @GetMapping("/c/{commune}/admin/information")
    String register(@RequestParam(required = false) String status, @RequestParam(required = false) String year,
                    @RequestParam(required = false) String channel, @RequestParam(required = false) String page,
                    Model model) {
        RegisterFilter filter = RegisterFilter.of(status, year, channel);
        RegisterPage shown = requests.registerPage(filter, RegisterPage.requested(page), RegisterPage.PAGE_SIZE,
                InformationRequests.PastTheEnd.LAST_PAGE);
        model.addAttribute("requests", shown.requests());
        model.addAttribute("registerPage", shown);
        model.addAttribute("filter", filter);
        model.addAttribute("selectedStatus", status);
        model.addAttribute("selectedYear", year);
        model.addAttribute("selectedChannel", channel);
        return "information/admin";
    }

    @GetMapping("/c/{commune}/admin/information/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String status, @RequestParam(required = false) String year,
                                  @RequestParam(required = false) String channel) {
        Locale locale = LocaleContextHolder.getLocale();
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // so spreadsheet programs read Arabic as UTF-8
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(List.of("trackingCode", "channel", "subject", "urgent", "filedOn", "firstDueOn", "dueOn",
                    "extendedOn", "status", "decidedOn", "late", "refusalGround").stream()
                    .map(column -> message("information.csv." + column)).toList());
            for (RequestView r : requests.register(RegisterFilter.of(status, year, channel))) {
                csv.printRecord(r.trackingCode(), message("information.channel." + r.channel()), cell(r.subject()),
                        r.urgent() ? message("information.yes") : "", r.filedOn(), r.firstDueOn(), r.dueOn(),
                        r.extendedOn(), message("information.status." + r.shownStatus()), r.decidedOn(),
                        r.late() ? message("information.yes") : "",
                        r.refusalGround() == null ? "" : message("information.ground." + r.refusalGround()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "information-requests-" + CurrentCommune.require().slug() + "-" + requests.today() + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/c/{commune}/admin/information/new")
    String counterForm(Model model) {
        return renderCounterForm(model, RequestForm.empty(null, null));
    }

    @PostMapping("/c/{commune}/admin/information/new")
    String fileAtCounter(@ModelAttribute("form") RequestForm form, Model model, Authentication staff,
                         RedirectAttributes redirect) {
        try {
            RequestView filed = requests.file(form, Channel.COUNTER, null, staff.getName(), requests.today());
            redirect.addFlashAttribute("notice", "information.filedAtCounter");
            return "redirect:" + base() + "/" + filed.id();
        } catch (InformationRefused refused) {
            model.addAttribute("error", message(refused.messageKey(), refused.arguments()));
            return renderCounterForm(model, form);
        }
    }

    @GetMapping("/c/{commune}/admin/information/{id:[0-9]+}")
    String detail(@PathVariable long id, Model model) {
        return renderDetail(id, model);
    }

    @PostMapping("/c/{commune}/admin/information/{id:[0-9]+}/extension")
    String extend(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                  @RequestParam(defaultValue = "false") boolean notified, @RequestParam(required = false) String on,
                  Model model, Authentication staff, RedirectAttributes redirect) {
        model.addAttribute("typedExtensionReason", reason);
        return step(id, model, redirect, "information.extended",
                () -> requests.extend(id, reason, notified, staff.getName(), requests.dateOrToday(on)));
    }

    @PostMapping("/c/{commune}/admin/information/{id:[0-9]+}/decision")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String outcome,
                  @RequestParam(defaultValue = "") String answer, @RequestParam(defaultValue = "") String ground,
                  @RequestParam(required = false) String on,
                  @RequestParam(name = "documents", required = false) List<MultipartFile> documents,
                  Model model, Authentication staff, RedirectAttributes redirect) {
        model.addAttribute("typedAnswer", answer);
        model.addAttribute("typedOutcome", outcome);
        model.addAttribute("typedGround", ground);
        return step(id, model, redirect, "information.decided",
                () -> requests.decide(id, InformationRequests.constantOrNull(RequestStatus.class, outcome), answer, InformationRequests.constantOrNull(RefusalGround.class, ground),
                        documents, staff.getName(), requests.dateOrToday(on)));
    }

    @GetMapping("/c/{commune}/admin/information/{id:[0-9]+}/documents/{fileId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long fileId) {
        return InformationPublicController.download(
                requests.documentForStaff(id, fileId).orElseThrow(InformationNotFound::new));
    }

    @GetMapping("/c/{commune}/admin/information/holidays")
    String holidays(Model model) {
        model.addAttribute("holidays", calendar.all());
        return "information/holidays";
    }

    @PostMapping("/c/{commune}/admin/information/holidays")
    String addHoliday(@RequestParam(defaultValue = "") String day, @RequestParam(defaultValue = "") String kind,
                      @RequestParam Map<String, String> form, Model model, Authentication admin,
                      RedirectAttributes redirect) {
        try {
            LocalDate parsed = day.isBlank() ? null : requests.dateOrToday(day);
            calendar.add(parsed, texts(form, "name"), kind, admin.getName());
        } catch (InformationRefused refused) {
            model.addAttribute("error", message(refused.messageKey(), refused.arguments()));
            model.addAttribute("typed", form);
            return holidays(model);
        }
        redirect.addFlashAttribute("notice", "information.holidayAdded");
        return "redirect:" + base() + "/holidays";
    }

    @PostMapping("/c/{commune}/admin/information/holidays/{holidayId}/delete")
    String removeHoliday(@PathVariable long holidayId, Authentication admin, RedirectAttributes redirect) {
        calendar.remove(holidayId, admin.getName());
        redirect.addFlashAttribute("notice", "information.holidayRemoved");
        return "redirect:" + base() + "/holidays";
    }

    @GetMapping("/c/{commune}/admin/information/publications")
    String publications(Model model) {
        model.addAttribute("publications", publications.all());
        model.addAttribute("categories", PublicationCategory.values());
        return "information/admin-publications";
    }

    @PostMapping("/c/{commune}/admin/information/publications")
    String addPublication(@RequestParam Map<String, String> form,
                          @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                          Authentication staff, RedirectAttributes redirect) {
        try {
            String date = form.getOrDefault("publishedOn", "");
            publications.add(texts(form, "title"), InformationRequests.constantOrNull(PublicationCategory.class, form.get("category")),
                    date.isBlank() ? null : requests.dateOrToday(date), form.get("externalUrl"), file, staff.getName());
        } catch (InformationRefused refused) {
            model.addAttribute("error", message(refused.messageKey(), refused.arguments()));
            model.addAttribute("typed", form);
            return publications(model);
        }
        redirect.addFlashAttribute("notice", "information.publicationAdded");
        return "redirect:" + base() + "/publications";
    }

    @PostMapping("/c/{commune}/admin/information/publications/{publicationId}/delete")
    String removePublication(@PathVariable long publicationId, Authentication staff, RedirectAttributes redirect) {
        publications.remove(publicationId, staff.getName());
        redirect.addFlashAttribute("notice", "information.publicationRemoved");
        return "redirect:" + base() + "/publications";
    }

    private String step(long id, Model model, RedirectAttributes redirect, String notice, Supplier<RequestView> action) {
        try {
            action.get();
        } catch (InformationRefused refused) {
            model.addAttribute("error", message(refused.messageKey(), refused.arguments()));
            return renderDetail(id, model);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            model.addAttribute("error", message("information.error.concurrent"));
            return renderDetail(id, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + base() + "/" + id;
    }

    private String renderCounterForm(Model model, RequestForm form) {
        model.addAttribute("form", form);
        return "information/admin-new";
    }

    private String renderDetail(long id, Model model) {
        model.addAttribute("request", requests.find(id));
        model.addAttribute("today", requests.today());
        model.addAttribute("grounds", RefusalGround.values());
        return "information/admin-detail";
    }

    private static LocalizedText texts(Map<String, String> form, String prefix) {
        return LocalizedText.of(form.get(prefix + "ar"), form.get(prefix + "fr"), form.get(prefix + "zgh"),
                form.get(prefix + "en"));
    }

    /** A spreadsheet never runs a typed subject as a formula. */
    private static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static String base() {
        return "/c/" + CurrentCommune.require().slug() + "/admin/information";
    }
}
