package ma.mocharaka.admin.activities;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import ma.mocharaka.platform.tenancy.CurrentCommune;

/** Sessions as JSON: all of them for program staff, a commune's own for whoever may see that commune. */
@RestController
class ActivitiesApiController {

    private final Activities activities;

    ActivitiesApiController(Activities activities) {
        this.activities = activities;
    }

    @GetMapping("/api/activities")
    List<Activity> all() {
        return activities.findAll();
    }

    @GetMapping("/api/communes/{slug}/activities")
    List<Activity> ofCommune() {
        return activities.ofCommune(CurrentCommune.require().id());
    }
}
