package ma.mocharaka.portal.bodies;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public side: the commune's bodies, who sits on them, their meetings and their opinions; plus the API. */
@Controller
class BodyPagesController {

    private final AdvisoryBodies bodies;

    BodyPagesController(AdvisoryBodies bodies) {
        this.bodies = bodies;
    }

    @GetMapping("/c/{commune}/bodies")
    String list(Model model) {
        model.addAttribute("bodies", bodies.all());
        return "bodies/list";
    }

    @GetMapping("/c/{commune}/bodies/{id}")
    String body(@PathVariable long id, Model model) {
        model.addAttribute("body", bodies.find(id));
        return "bodies/body";
    }

    @GetMapping("/c/{commune}/api/bodies")
    @ResponseBody
    List<BodyView> all() {
        return bodies.all();
    }

    @GetMapping("/c/{commune}/api/bodies/{id}")
    @ResponseBody
    BodyView one(@PathVariable long id) {
        return bodies.find(id);
    }

    @GetMapping("/c/{commune}/api/bodies/{id}/facts")
    @ResponseBody
    Map<String, Object> facts(@PathVariable long id) {
        return bodies.facts(id);
    }
}
