package ma.mocharaka.platform.provisioning;

import ma.mocharaka.platform.tenancy.Commune;

/** Where a commune's staff accounts are grouped in the identity provider (one Keycloak Organization per commune). */
public interface CommuneOrganizations {

    /** Finds the commune's organization by its alias, creating it if missing; returns its id. Idempotent. */
    String ensureOrganization(Commune commune);
}
