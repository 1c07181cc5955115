package ma.mocharaka.portal.budget;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such cycle or project in this commune, which is also what another commune's id looks like from here. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class BudgetNotFound extends RuntimeException {

    BudgetNotFound() {
        super("no such participatory budget cycle or project in this commune");
    }
}
