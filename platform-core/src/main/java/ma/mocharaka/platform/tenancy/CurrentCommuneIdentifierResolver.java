package ma.mocharaka.platform.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Hibernate asks this for the tenant of each new session: the bound commune's schema, or the shared schema. */
public class CurrentCommuneIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return CurrentCommune.get()
                .map(Commune::schemaName)
                .orElse(CommuneSchemaConnectionProvider.SHARED_SCHEMA);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public boolean isRoot(String tenantId) {
        return CommuneSchemaConnectionProvider.SHARED_SCHEMA.equals(tenantId);
    }
}
