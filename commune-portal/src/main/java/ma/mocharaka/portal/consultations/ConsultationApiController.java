package ma.mocharaka.portal.consultations;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Consultations for apps and the analytics job; public, and without any contributor's identity. */
@RestController
@RequestMapping("/c/{commune}/api/consultations")
class ConsultationApiController {

    private final Consultations consultations;

    ConsultationApiController(Consultations consultations) {
        this.consultations = consultations;
    }

    @GetMapping
    List<ConsultationView> all() {
        return consultations.all();
    }

    @GetMapping("/{id}")
    ConsultationView one(@PathVariable long id) {
        return consultations.find(id, null);
    }

    @GetMapping("/{id}/facts")
    Map<String, Object> facts(@PathVariable long id) {
        return consultations.facts(id);
    }
}
