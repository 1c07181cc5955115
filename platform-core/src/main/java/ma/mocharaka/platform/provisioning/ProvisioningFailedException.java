package ma.mocharaka.platform.provisioning;

public class ProvisioningFailedException extends RuntimeException {

    private final ProvisioningStep step;

    public ProvisioningFailedException(String slug, ProvisioningStep step, String reason, Throwable cause) {
        super("Provisioning of " + slug + " failed at " + step + ": " + reason, cause);
        this.step = step;
    }

    public ProvisioningStep step() {
        return step;
    }
}
