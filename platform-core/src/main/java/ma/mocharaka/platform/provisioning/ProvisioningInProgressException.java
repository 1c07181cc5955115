package ma.mocharaka.platform.provisioning;

public class ProvisioningInProgressException extends RuntimeException {

    public ProvisioningInProgressException(String slug) {
        super("Commune " + slug + " is already being provisioned");
    }
}
