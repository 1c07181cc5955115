package ma.mocharaka.portal.news;

import java.time.Clock;
import java.time.LocalDate;

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

@Controller
class NewsAdminController {

    private final News news;
    private final Clock clock;

    NewsAdminController(News news, Clock clock) {
        this.news = news;
        this.clock = clock;
    }

    @GetMapping("/c/{commune}/admin")
    String dashboard(Model model) {
        model.addAttribute("news", news.latest());
        model.addAttribute("draft", NewsDraft.empty(LocalDate.now(clock)));
        return "news/admin";
    }

    @PostMapping("/c/{commune}/admin/news")
    String publish(@Valid @ModelAttribute("draft") NewsDraft draft, BindingResult errors, Model model,
                   Authentication author, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("news", news.latest());
            return "news/admin";
        }
        news.publish(draft, author.getName());
        redirect.addFlashAttribute("published", true);
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin";
    }

    @GetMapping("/c/{commune}/admin/news/{id}")
    String edit(@PathVariable long id, Model model) {
        NewsView item = news.find(id);
        model.addAttribute("item", item);
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", NewsDraft.of(item));
        }
        return "news/edit";
    }

    @PostMapping("/c/{commune}/admin/news/{id}")
    String revise(@PathVariable long id, @Valid @ModelAttribute("draft") NewsDraft draft, BindingResult errors,
                  Model model, Authentication staff, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return edit(id, model);
        }
        news.revise(id, draft, staff.getName());
        redirect.addFlashAttribute("done", "newsEdit.saved");
        return "redirect:/c/" + CurrentCommune.require().slug() + "/admin/news/" + id;
    }
}
