package ma.mocharaka.portal.petitions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such petition in this commune, which is also what another commune's petition id looks like from here. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PetitionNotFound extends RuntimeException {

    PetitionNotFound() {
        super("no such petition in this commune");
    }
}
