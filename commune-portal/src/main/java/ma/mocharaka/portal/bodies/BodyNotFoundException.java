package ma.mocharaka.portal.bodies;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not one of this commune's bodies or opinions. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class BodyNotFoundException extends RuntimeException {

    BodyNotFoundException(String what) {
        super("Not found in this commune: " + what);
    }
}
