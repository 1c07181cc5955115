package ma.mocharaka.portal.privacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * "My data": a signed-in citizen downloads everything kept about them and may delete their account. Under /account,
 * so signing in is required; the account acted on is always the signed-in one, never one named in the request.
 */
@Controller
class PersonalDataController {

    private final PersonalDataExport export;
    private final AccountErasure erasure;
    private final JsonMapper json;

    PersonalDataController(PersonalDataExport export, AccountErasure erasure, JsonMapper json) {
        this.export = export;
        this.erasure = erasure;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @GetMapping("/c/{commune}/account/data")
    String page(Authentication user, Model model) {
        model.addAttribute("maySelfDelete", AccountErasure.maySelfDelete(user));
        return "privacy/data";
    }

    @GetMapping("/c/{commune}/account/data/export")
    ResponseEntity<byte[]> download(Authentication user) {
        byte[] body = json.writeValueAsBytes(export.of(user.getName()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("mocharaka-my-data.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @GetMapping("/c/{commune}/account/data/delete")
    String confirm(Authentication user, Model model) {
        model.addAttribute("maySelfDelete", AccountErasure.maySelfDelete(user));
        return "privacy/delete";
    }

    @PostMapping("/c/{commune}/account/data/delete")
    String delete(@RequestParam(defaultValue = "false") boolean understood, Authentication user, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        boolean maySelfDelete = AccountErasure.maySelfDelete(user);
        if (!maySelfDelete || !understood) {
            model.addAttribute("maySelfDelete", maySelfDelete);
            model.addAttribute("error", maySelfDelete ? "privacy.delete.error.confirm" : "privacy.delete.staff");
            response.setStatus(maySelfDelete ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_FORBIDDEN);
            return "privacy/delete";
        }
        erasure.erase(user);
        // The account no longer exists: end this session here too (Keycloak ended its own with the account).
        new SecurityContextLogoutHandler().logout(request, response, user);
        return "redirect:/c/" + CurrentCommune.require().slug() + "/account-deleted";
    }

    @GetMapping("/c/{commune}/account-deleted")
    String deleted() {
        return "privacy/deleted";
    }
}
