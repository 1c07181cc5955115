package ma.mocharaka.portal.forums;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.quota.WriteQuota;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.files.CommuneFiles;

/** The public side: the commune's forums, each with its agenda, and registration for signed-in citizens. */
@Controller
class ForumPagesController {

    private final Forums forums;

    ForumPagesController(Forums forums) {
        this.forums = forums;
    }

    @GetMapping("/c/{commune}/forums")
    String list(Model model) {
        model.addAttribute("current", forums.current());
        model.addAttribute("past", forums.past());
        return "forums/list";
    }

    @GetMapping("/c/{commune}/forums/{id}")
    String forum(@PathVariable long id, Authentication user, Model model) {
        ForumView forum = forums.find(id);
        model.addAttribute("forum", forum);
        model.addAttribute("open", forums.isOpenForRegistration(forum));
        model.addAttribute("results", forums.results(id));
        model.addAttribute("registered", user != null && user.isAuthenticated()
                && forums.isRegistered(id, user.getName()));
        return "forums/forum";
    }

    /** A document of the forum's results: served as a download, never rendered by the browser as a page. */
    @GetMapping("/c/{commune}/forums/{id}/documents/{fileId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long fileId) {
        CommuneFiles.Download file = forums.document(id, fileId).orElseThrow(() -> new ForumNotFoundException(fileId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** Where "sign in to register" points: security sends the citizen through Keycloak, then back to the forum. */
    @GetMapping("/c/{commune}/forums/{id}/registration")
    String afterSignIn(@PathVariable long id) {
        return redirectTo(id);
    }

    @PostMapping("/c/{commune}/forums/{id}/registration")
    @WriteQuota("forum-registration")
    String register(@PathVariable long id, Authentication user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("outcome", forums.register(id, user.getName()));
        return redirectTo(id);
    }

    private static String redirectTo(long id) {
        return "redirect:/c/" + CurrentCommune.require().slug() + "/forums/" + id;
    }
}
