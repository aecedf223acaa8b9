package io.shoplab.platform.faults;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The {@code database} component: a fault delays or refuses connections, which is how a slow or
 * unreachable database looks to the application.
 */
class FaultyDataSource extends DelegatingDataSource {

    static final String COMPONENT = "database";

    private final Faults faults;

    FaultyDataSource(DataSource target, Faults faults) {
        super(target);
        this.faults = faults;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            faults.apply(COMPONENT);
        } catch (InjectedFaultException refused) {
            throw new SQLTransientConnectionException("injected fault: database refused the connection", refused);
        }
        return super.getConnection();
    }
}
