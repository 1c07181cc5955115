package ma.mocharaka.portal.pages;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such page in this commune, or not published: another commune's page is as absent as one never written. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PageNotFoundException extends RuntimeException {

    PageNotFoundException(String what) {
        super("No " + what + " in this commune");
    }
}
