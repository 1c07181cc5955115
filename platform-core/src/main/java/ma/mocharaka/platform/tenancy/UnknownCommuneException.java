package ma.mocharaka.platform.tenancy;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownCommuneException extends RuntimeException {

    public UnknownCommuneException() {
        super("No such commune");
    }
}
