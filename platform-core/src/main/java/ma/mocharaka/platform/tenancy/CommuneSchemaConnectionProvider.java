package ma.mocharaka.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * One shared pool for every commune: a connection is pointed at the commune's schema when Hibernate borrows it and
 * pointed back at the shared schema when it is returned, so the pool stays bounded whatever the number of communes.
 * The tenant identifier is the schema name that {@link CurrentCommuneIdentifierResolver} took from the registry.
 */
public class CommuneSchemaConnectionProvider implements MultiTenantConnectionProvider<String> {

    public static final String SHARED_SCHEMA = "platform";

    private final transient DataSource dataSource;

    public CommuneSchemaConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String schemaName) throws SQLException {
        Connection connection = getAnyConnection();
        try {
            connection.setSchema(schemaName);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void releaseConnection(String schemaName, Connection connection) throws SQLException {
        try {
            connection.setSchema(SHARED_SCHEMA);
        } finally {
            connection.close();
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        return unwrapType.cast(this);
    }
}
