package io.shoplab.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/** The {@code database} component fails the way an unreachable database does: no connection. */
class FaultyDataSourceTest {

    private final Faults faults = new Faults(Set.of("database"));
    private final DataSource database = mock(DataSource.class);
    private final FaultyDataSource dataSource = new FaultyDataSource(database, faults);

    @Test
    void handsOutTheRealConnectionWithoutAFault() throws Exception {
        Connection connection = mock(Connection.class);
        when(database.getConnection()).thenReturn(connection);

        assertThat(dataSource.getConnection()).isSameAs(connection);
    }

    @Test
    void refusesConnectionsAsATransientConnectionFailure() throws Exception {
        faults.set("database", new Fault(0, 1.0));

        // Spring translates this to CannotGetJdbcConnectionException, which the platform answers 503.
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        verify(database, never()).getConnection();
    }
}
