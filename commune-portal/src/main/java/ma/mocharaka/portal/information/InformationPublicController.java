package ma.mocharaka.portal.information;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.quota.WriteQuota;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.files.CommuneFiles;

/**
 * The citizen's side: what the right is and how to use it, filing online, the receipt and tracking page (by
 * tracking number, without personal data), the anonymised public register and the proactive publication.
 */
@Controller
class InformationPublicController {

    private final InformationRequests requests;
    private final Publications publications;
    private final MessageSource messages;

    InformationPublicController(InformationRequests requests, Publications publications, MessageSource messages) {
        this.requests = requests;
        this.publications = publications;
        this.messages = messages;
    }

    @GetMapping("/c/{commune}/information")
    String index(Model model, Authentication user) {
        if (user != null && user.isAuthenticated()) {
            model.addAttribute("mine", requests.mine(user.getName()));
        }
        return "information/index";
    }

    @GetMapping("/c/{commune}/information/track")
    String track(@RequestParam(defaultValue = "") String code, Model model, Authentication user) {
        var found = requests.track(code);
        if (found.isPresent()) {
            return "redirect:" + base() + "/requests/" + found.get().trackingCode();
        }
        model.addAttribute("trackError", message("information.error.trackingCode"));
        model.addAttribute("typedCode", code);
        return index(model, user);
    }

    @GetMapping("/c/{commune}/information/request")
    String form(Model model, Authentication user) {
        return renderForm(model, RequestForm.empty(fullName(user), email(user)));
    }

    @PostMapping("/c/{commune}/information/request")
    @WriteQuota("information-request")
    String file(@ModelAttribute("form") RequestForm form, Model model, Authentication user, RedirectAttributes redirect) {
        // An identity number is only recorded at the counter, where staff see the card; online the account is enough.
        RequestForm online = new RequestForm(form.submissionKey(), form.name(), form.email(), form.phone(),
                form.address(), null, form.subject(), form.details(), form.urgent(), form.urgentReason());
        try {
            RequestView filed = requests.file(online, Channel.ONLINE, user.getName(), user.getName(), requests.today());
            redirect.addFlashAttribute("receipt", true);
            return "redirect:" + base() + "/requests/" + filed.trackingCode();
        } catch (InformationRefused refused) {
            model.addAttribute("error", message(refused.messageKey(), refused.arguments()));
            return renderForm(model, online);
        }
    }

    @GetMapping("/c/{commune}/information/requests/{code}")
    String status(@PathVariable String code, Model model) {
        model.addAttribute("request", requests.track(code).orElseThrow(InformationNotFound::new));
        return "information/status";
    }

    @GetMapping("/c/{commune}/information/requests/{code}/documents/{fileId}")
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long fileId) {
        return download(requests.document(code, fileId).orElseThrow(InformationNotFound::new));
    }

    @GetMapping("/c/{commune}/information/register")
    String register(@RequestParam(required = false) String status, @RequestParam(required = false) String year,
                    @RequestParam(required = false) String page, Model model) {
        RegisterFilter filter = RegisterFilter.of(status, year, null);
        RegisterPage shown = requests.publicRegister(filter, RegisterPage.requested(page));
        model.addAttribute("requests", shown.requests());
        model.addAttribute("registerPage", shown);
        model.addAttribute("filter", filter);
        model.addAttribute("selectedStatus", status);
        model.addAttribute("selectedYear", year);
        return "information/register";
    }

    @GetMapping("/c/{commune}/information/publications")
    String publications(Model model) {
        model.addAttribute("publications", publications.all());
        return "information/publications";
    }

    @GetMapping("/c/{commune}/information/publications/{id}/files/{fileId}")
    ResponseEntity<byte[]> publicationFile(@PathVariable long id, @PathVariable long fileId) {
        return download(publications.file(id, fileId).orElseThrow(InformationNotFound::new));
    }

    static ResponseEntity<byte[]> download(CommuneFiles.Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private String renderForm(Model model, RequestForm form) {
        model.addAttribute("form", form);
        return "information/file";
    }

    private static String fullName(Authentication user) {
        return user.getPrincipal() instanceof OidcUser oidc ? oidc.getFullName() : null;
    }

    private static String email(Authentication user) {
        return user.getPrincipal() instanceof OidcUser oidc ? oidc.getEmail() : null;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static String base() {
        return "/c/" + CurrentCommune.require().slug() + "/information";
    }
}
