package ma.mocharaka.portal.consultations;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Not one of this commune's consultations, sections or contributions. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ConsultationNotFoundException extends RuntimeException {

    ConsultationNotFoundException(String what) {
        super("Not found in this commune: " + what);
    }
}
