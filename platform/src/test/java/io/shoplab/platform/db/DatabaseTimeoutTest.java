package io.shoplab.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

import io.shoplab.platform.test.FrozenDatabase;
import io.shoplab.platform.test.ModuleDataTest;
import io.shoplab.platform.test.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's database timeouts (META-INF/shoplab/defaults/platform.properties), which every app
 * gets: a statement waiting on a lock, and a server that stops answering altogether, fail the caller
 * within a bound instead of holding its thread for ever.
 */
@ModuleDataTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DatabaseTimeoutTest {

    /** Above the configured bounds (2 s for a lock, 15 s for an answer, 2 s for a connection), well below "for ever". */
    private static final Duration BOUND = Duration.ofSeconds(40);

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DataSource dataSource;

    @Test
    void aStatementWaitingOnALockGivesUp() throws Exception {
        jdbc.sql("CREATE TABLE IF NOT EXISTS public.timeout_check (id INT PRIMARY KEY)")
                .update();
        jdbc.sql("INSERT INTO public.timeout_check VALUES (1) ON CONFLICT DO NOTHING")
                .update();
        try (Connection holder = dataSource.getConnection();
                Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.execute("SELECT id FROM public.timeout_check WHERE id = 1 FOR UPDATE");

            assertTimeoutPreemptively(
                    BOUND,
                    () -> assertThatThrownBy(() -> jdbc.sql("UPDATE public.timeout_check SET id = 1 WHERE id = 1")
                                    .update())
                            .isInstanceOf(DataAccessException.class)
                            .hasMessageContaining("lock timeout"));
            holder.rollback();
        }
    }

    @Test
    void aFrozenServerFailsTheCallerInsteadOfHangingIt() {
        assumeTrue(
                TestDatabase.current() == TestDatabase.EMBEDDED,
                "only the embedded server's processes can be frozen here");
        try (FrozenDatabase frozen = FrozenDatabase.freeze(jdbc)) {
            assertTimeoutPreemptively(
                    BOUND,
                    () -> assertThatThrownBy(() ->
                                    jdbc.sql("SELECT 1").query(Integer.class).single())
                            .isInstanceOf(DataAccessException.class));
        }
        assertThat(jdbc.sql("SELECT 1").query(Integer.class).single())
                .as("the pool recovers once the server answers again")
                .isEqualTo(1);
    }
}
