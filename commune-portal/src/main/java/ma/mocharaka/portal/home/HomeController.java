package ma.mocharaka.portal.home;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneRegistry;
import ma.mocharaka.platform.tenancy.CurrentCommune;
import ma.mocharaka.portal.bodies.AdvisoryBodies;
import ma.mocharaka.portal.consultations.Consultations;
import ma.mocharaka.portal.forums.Forums;
import ma.mocharaka.portal.news.News;

@Controller
class HomeController {

    private final CommuneRegistry registry;
    private final News news;
    private final Forums forums;
    private final Consultations consultations;
    private final AdvisoryBodies bodies;

    HomeController(CommuneRegistry registry, News news, Forums forums, Consultations consultations,
                   AdvisoryBodies bodies) {
        this.registry = registry;
        this.news = news;
        this.forums = forums;
        this.consultations = consultations;
        this.bodies = bodies;
    }

    /** The platform's front door when no commune is named: the communes that are open. */
    @GetMapping("/")
    String communes(Model model) {
        if (CurrentCommune.get().isPresent()) {
            return home(model);
        }
        List<Commune> open = registry.findActive();
        model.addAttribute("communes", open);
        return "home/landing";
    }

    @GetMapping("/c/{commune}/")
    String home(Model model) {
        model.addAttribute("news", news.latest());
        model.addAttribute("forums", forums.forHome());
        model.addAttribute("consultations", consultations.all().stream().limit(3).toList());
        model.addAttribute("bodies", bodies.all());
        return "home/commune";
    }

    @GetMapping("/c/{commune}")
    String homeWithoutSlash(@org.springframework.web.bind.annotation.PathVariable String commune) {
        return "redirect:/c/" + CurrentCommune.require().slug() + "/";
    }
}
