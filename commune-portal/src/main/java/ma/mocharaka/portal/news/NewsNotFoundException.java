package ma.mocharaka.portal.news;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such news item in this commune: another commune's item is as absent as one never written. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NewsNotFoundException extends RuntimeException {

    NewsNotFoundException(long id) {
        super("No news item " + id + " in this commune");
    }
}
