package ma.mocharaka.platform.quota;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often one client may call this write endpoint in one commune: {@code mocharaka.quotas.<name>.capacity}
 * calls per {@code mocharaka.quotas.<name>.per}, counted in Redis so every instance sees the same count. A client is
 * the signed-in account, or else the (hashed) remote address. Over the limit the call is refused with 429 before the
 * method runs, so nothing is stored. Endpoints that share a name share one count (the page and the API of the same
 * action, for instance).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface WriteQuota {

    /** The quota's name, as in the configuration: {@code survey-answer}, {@code petition-signature}, ... */
    String value();
}
