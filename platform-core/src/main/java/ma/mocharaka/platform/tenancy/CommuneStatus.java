package ma.mocharaka.platform.tenancy;

public enum CommuneStatus {
    REGISTERED,
    PROVISIONING,
    ACTIVE,
    FAILED
}
