package ma.mocharaka.platform.provisioning;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.OrganizationsResource;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

import ma.mocharaka.platform.tenancy.Commune;

/** Keeps one Organization per commune in the platform realm, with the commune slug as its alias. */
public class KeycloakCommuneOrganizations implements CommuneOrganizations {

    private final Keycloak keycloak;
    private final String realm;
    private final String organizationDomain;

    public KeycloakCommuneOrganizations(Keycloak keycloak, String realm, String organizationDomain) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.organizationDomain = organizationDomain;
    }

    @Override
    public String ensureOrganization(Commune commune) {
        OrganizationsResource organizations = keycloak.realm(realm).organizations();
        if (commune.organizationId() != null) {
            java.util.Optional<String> known = find(organizations, commune)
                    .filter(commune.organizationId()::equals);
            if (known.isPresent()) {
                return known.get();
            }
        }
        // A commune provisioned for the first time has no organization yet, so creating it straight away saves a
        // look-up per commune; an organization that already exists (imported with the realm, or created by a
        // concurrent run) answers 409 and is then looked up.
        return create(organizations, commune);
    }

    private String create(OrganizationsResource organizations, Commune commune) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setAlias(commune.slug());
        organization.setName(commune.nameFr());
        organization.setDescription(commune.nameAr());
        organization.setEnabled(true);
        OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
        domain.setName(domainOf(commune));
        organization.addDomain(domain);
        try (Response response = organizations.create(organization)) {
            int status = response.getStatus();
            if (status == 201 && response.getLocation() != null) {
                String path = response.getLocation().getPath();
                return path.substring(path.lastIndexOf('/') + 1);
            }
            if (status != 409 && status != 201) {
                throw new IllegalStateException("Keycloak refused the organization for " + commune.slug()
                        + " (HTTP " + status + ")");
            }
        }
        // Created meanwhile by a concurrent call, or no Location header: look it up.
        return find(organizations, commune).orElseThrow(() ->
                new IllegalStateException("Organization for " + commune.slug() + " not found after creation"));
    }

    /** Keycloak's {@code q=alias:<slug>} query is exact on the alias; the check guards against a look-alike all the same. */
    private java.util.Optional<String> find(OrganizationsResource organizations, Commune commune) {
        return organizations.searchByAttribute("alias:" + commune.slug()).stream()
                .filter(organization -> commune.slug().equals(organization.getAlias()))
                .map(OrganizationRepresentation::getId)
                .findFirst();
    }

    private String domainOf(Commune commune) {
        return commune.slug() + "." + organizationDomain;
    }
}
