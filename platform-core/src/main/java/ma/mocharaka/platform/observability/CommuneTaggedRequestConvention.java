package ma.mocharaka.platform.observability;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

import ma.mocharaka.platform.tenancy.Commune;
import ma.mocharaka.platform.tenancy.CommuneContextFilter;

/**
 * Adds the commune to HTTP server metrics. The tag's values are bounded by the registry (at most 1,503 communes),
 * never by raw input: an unknown name is answered 404 before a commune is attached to the request.
 */
public class CommuneTaggedRequestConvention extends DefaultServerRequestObservationConvention {

    public static final String TAG = "commune";

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        Object commune = context.getCarrier().getAttribute(CommuneContextFilter.REQUEST_ATTRIBUTE);
        String value = commune instanceof Commune c ? c.slug() : "none";
        return super.getLowCardinalityKeyValues(context).and(KeyValue.of(TAG, value));
    }
}
