package ma.mocharaka.portal.forums;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Forums for apps and the analytics job: reading is public, recording attendance needs staff of this commune. */
@RestController
@RequestMapping("/c/{commune}/api/forums")
class ForumApiController {

    private final Forums forums;

    ForumApiController(Forums forums) {
        this.forums = forums;
    }

    @GetMapping
    Map<String, List<ForumView>> all() {
        return Map.of("current", forums.current(), "past", forums.past());
    }

    @GetMapping("/{id}")
    ForumView one(@PathVariable long id) {
        return forums.find(id);
    }

    /** What the forum produced: proposals and the list of its documents (downloaded from the forum's page). */
    @GetMapping("/{id}/results")
    ForumResults results(@PathVariable long id) {
        return forums.results(id);
    }

    @GetMapping("/{id}/facts")
    ParticipationFacts facts(@PathVariable long id) {
        return forums.facts(id);
    }

    @PostMapping("/{id}/attendance")
    ResponseEntity<Map<String, Object>> checkIn(@PathVariable long id, @Valid @RequestBody CheckInForm form,
                                                Authentication staff) {
        CheckInOutcome outcome = forums.checkIn(id, Optional.ofNullable(form.registrationNumber()), form.answers(),
                staff.getName());
        HttpStatus status = switch (outcome) {
            case CHECKED_IN -> HttpStatus.CREATED;
            case ALREADY_CHECKED_IN -> HttpStatus.CONFLICT;
            case UNKNOWN_REGISTRATION -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(Map.of("outcome", outcome, "facts", forums.facts(id)));
    }
}
