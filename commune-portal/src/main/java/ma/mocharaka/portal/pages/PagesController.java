package ma.mocharaka.portal.pages;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * The commune's own pages: public at /c/{commune}/pages/{slug} (and /pages/{slug} on the commune's own host), and
 * written by staff under /admin.
 */
@Controller
class PagesController {

    private final StaticPages pages;

    PagesController(StaticPages pages) {
        this.pages = pages;
    }

    @GetMapping("/c/{commune}/pages/{slug}")
    String page(@PathVariable String slug, Model model) {
        if (CurrentCommune.get().isEmpty()) {
            throw new PageNotFoundException("commune");
        }
        model.addAttribute("page", pages.publishedPage(slug).orElseThrow(() -> new PageNotFoundException("page")));
        return "pages/page";
    }

    @GetMapping("/c/{commune}/admin/pages")
    String list(Model model) {
        model.addAttribute("pages", pages.all());
        if (!model.containsAttribute("pageForm")) {
            model.addAttribute("pageForm", PageForm.empty());
        }
        return "pages/admin-list";
    }

    @PostMapping("/c/{commune}/admin/pages")
    String create(@Valid @ModelAttribute("pageForm") PageForm form, BindingResult errors, Authentication staff,
                  Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return list(model);
        }
        Optional<Long> created = pages.create(form.toDraft(), staff.getName());
        if (created.isEmpty()) {
            errors.rejectValue("slug", "pages.error.slugTaken");
            return list(model);
        }
        redirect.addFlashAttribute("done", "pages.saved");
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/pages/" + created.get();
    }

    @GetMapping("/c/{commune}/admin/pages/{id}")
    String edit(@PathVariable long id, Model model) {
        PageView page = pages.find(id);
        model.addAttribute("page", page);
        if (!model.containsAttribute("pageForm")) {
            model.addAttribute("pageForm", PageForm.of(page));
        }
        return "pages/admin";
    }

    @PostMapping("/c/{commune}/admin/pages/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("pageForm") PageForm form, BindingResult errors,
                  Authentication staff, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && !pages.update(id, form.toDraft(), staff.getName())) {
            errors.rejectValue("slug", "pages.error.slugTaken");
        }
        if (errors.hasErrors()) {
            model.addAttribute("page", pages.find(id));
            return "pages/admin";
        }
        redirect.addFlashAttribute("done", "pages.saved");
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/pages/" + id;
    }
}
