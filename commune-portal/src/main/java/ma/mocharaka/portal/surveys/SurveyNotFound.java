package ma.mocharaka.portal.surveys;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such survey (or question, or answer) in this commune, which is also what another commune's id looks like. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SurveyNotFound extends RuntimeException {

    SurveyNotFound() {
        super("no such survey in this commune");
    }
}
