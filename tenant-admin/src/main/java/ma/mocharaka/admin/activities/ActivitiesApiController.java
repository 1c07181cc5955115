package ma.mocharaka.admin.activities;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CurrentCommune;

/**
 * Sessions as JSON: all of them for program staff, a commune's own for whoever may see that commune. Program
 * admins write any session under /api/activities; a commune's focal point writes only sessions of their commune
 * alone under /api/communes/{slug}/activities (AdminSecurity, and the single-commune check here).
 */
@RestController
@Tag(name = "Sessions", description = "Trainings, meetings, forums, exchange visits and studies")
class ActivitiesApiController {

    private final Activities activities;
    private final SessionRecording sessions;

    ActivitiesApiController(Activities activities, SessionRecording sessions) {
        this.activities = activities;
        this.sessions = sessions;
    }

    @Operation(summary = "Every session (program staff)")
    @GetMapping("/api/activities")
    List<Activity> all() {
        return activities.findAll();
    }

    @Operation(summary = "Record a session for any communes (program admin)")
    @PostMapping("/api/activities")
    ResponseEntity<?> create(@Valid @RequestBody ActivityForm form, Authentication user) {
        return created(form, null, user);
    }

    @Operation(summary = "Change a session (program admin)")
    @PutMapping("/api/activities/{id}")
    ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody ActivityForm form, Authentication user) {
        return updated(activity(id), form, null, user);
    }

    @Operation(summary = "Remove a session with its counts, agenda and results (program admin)")
    @DeleteMapping("/api/activities/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, Authentication user) {
        sessions.delete(activity(id), user.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A commune's sessions (program staff, the commune's focal point)")
    @GetMapping("/api/communes/{slug}/activities")
    List<Activity> ofCommune() {
        return activities.ofCommune(CurrentCommune.require().id());
    }

    @Operation(summary = "Record a session of this commune alone (program admin, its focal point)")
    @PostMapping("/api/communes/{slug}/activities")
    ResponseEntity<?> createForCommune(@Valid @RequestBody ActivityForm form, Authentication user) {
        return created(form, CurrentCommune.require(), user);
    }

    @Operation(summary = "Change a session of this commune alone (program admin, its focal point)")
    @PutMapping("/api/communes/{slug}/activities/{id}")
    ResponseEntity<?> updateForCommune(@PathVariable long id, @Valid @RequestBody ActivityForm form,
                                       Authentication user) {
        Commune commune = CurrentCommune.require();
        return updated(communeActivity(id, commune), form, commune, user);
    }

    @Operation(summary = "Remove a session of this commune alone (program admin, its focal point)")
    @DeleteMapping("/api/communes/{slug}/activities/{id}")
    ResponseEntity<Void> deleteForCommune(@PathVariable long id, Authentication user) {
        sessions.delete(communeActivity(id, CurrentCommune.require()), user.getName());
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<?> created(ActivityForm form, Commune onlyFor, Authentication user) {
        List<SessionRecording.Problem> problems = sessions.check(form, onlyFor);
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("problems", problems));
        }
        Activity created = sessions.create(form, onlyFor, user.getName());
        return ResponseEntity.created(URI.create("/api/activities/" + created.id())).body(created);
    }

    private ResponseEntity<?> updated(Activity before, ActivityForm form, Commune onlyFor, Authentication user) {
        List<SessionRecording.Problem> problems = sessions.check(form, onlyFor);
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("problems", problems));
        }
        return ResponseEntity.ok(sessions.update(before, form, onlyFor, user.getName()));
    }

    private Activity activity(long id) {
        return activities.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Through a commune's address only that commune's own sessions exist: a shared one is not found here. */
    private Activity communeActivity(long id, Commune commune) {
        return activities.find(id).filter(a -> SessionRecording.isOnlyOf(a, commune))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
