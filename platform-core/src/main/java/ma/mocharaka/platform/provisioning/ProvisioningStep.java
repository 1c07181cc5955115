package ma.mocharaka.platform.provisioning;

/** The steps of provisioning a commune, in order; the registry records the one in progress or failed. */
public enum ProvisioningStep {
    VALIDATE,
    CREATE_SCHEMA,
    MIGRATE,
    CREATE_ORGANIZATION,
    ACTIVATE
}
