package ma.mocharaka.portal.information;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such request, tracking number, document or publication in this commune; another commune's look the same. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InformationNotFound extends RuntimeException {

    InformationNotFound() {
        super("no such record in this commune");
    }
}
