package ma.mocharaka.portal.forums;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The forum is not one of the current commune's: another commune's forum is as absent as one never created. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ForumNotFoundException extends RuntimeException {

    ForumNotFoundException(long id) {
        super("No forum " + id + " in this commune");
    }
}
