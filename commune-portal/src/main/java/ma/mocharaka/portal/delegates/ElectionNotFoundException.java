package ma.mocharaka.portal.delegates;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such election at this forum of this commune. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ElectionNotFoundException extends RuntimeException {

    ElectionNotFoundException(long id) {
        super("No election " + id + " here");
    }
}
