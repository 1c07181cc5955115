package ma.mocharaka.portal.electoral;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Staff import the electoral list in two steps: a preview with every line's problems, then the import of the same
 * file, chosen again. Between the two only a digest of the file is kept in the session: never the file, nor a CIN.
 */
@Controller
class ElectoralAdminController {

    private static final String PREVIEWED = "electoral.previewed.";

    private final ElectoralLists lists;

    ElectoralAdminController(ElectoralLists lists) {
        this.lists = lists;
    }

    @GetMapping("/c/{commune}/admin/electoral-list")
    String page(Model model) {
        model.addAttribute("size", lists.size());
        return "electoral/admin";
    }

    @PostMapping("/c/{commune}/admin/electoral-list/preview")
    String preview(@RequestParam("file") MultipartFile file, HttpSession session, Model model,
                   HttpServletResponse response) throws IOException {
        byte[] content = file.getBytes();
        ElectoralListFile.Preview preview = lists.preview(file.getOriginalFilename(), content);
        String key = PREVIEWED + CurrentCommune.require().slug();
        if (preview.canImport()) {
            session.setAttribute(key, ElectoralLists.digest(content));
        } else {
            session.removeAttribute(key);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("size", lists.size());
        model.addAttribute("preview", preview);
        model.addAttribute("shown", preview.lines().stream().limit(20).toList());
        model.addAttribute("problems", preview.firstProblems(200));
        return "electoral/admin";
    }

    @PostMapping("/c/{commune}/admin/electoral-list/import")
    String importList(@RequestParam("file") MultipartFile file, HttpSession session, Authentication staff,
                      Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        byte[] content = file.getBytes();
        String key = PREVIEWED + CurrentCommune.require().slug();
        Object previewed = session.getAttribute(key);
        ElectoralListFile.Preview preview = lists.preview(file.getOriginalFilename(), content);
        if (!ElectoralLists.digest(content).equals(previewed) || !preview.canImport()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("size", lists.size());
            model.addAttribute("error", "electoral.error.notPreviewed");
            return "electoral/admin";
        }
        int saved = lists.replace(preview, staff.getName());
        session.removeAttribute(key);
        redirect.addFlashAttribute("imported", saved);
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/electoral-list";
    }
}
