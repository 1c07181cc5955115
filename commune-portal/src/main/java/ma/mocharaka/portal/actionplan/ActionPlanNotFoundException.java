package ma.mocharaka.portal.actionplan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not one of this commune's plans, actions or indicators. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ActionPlanNotFoundException extends RuntimeException {

    ActionPlanNotFoundException(String what) {
        super("Not found in this commune: " + what);
    }
}
