package ma.mocharaka.platform.provisioning;

import java.time.OffsetDateTime;

public record ProvisioningEvent(String step, String outcome, String detail, OffsetDateTime at) {
}
