package io.shoplab.lab.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.health.Health;
import io.shoplab.lab.health.HealthProbe;
import io.shoplab.lab.process.Ports;
import io.shoplab.lab.process.ProcessRef;
import io.shoplab.lab.stack.Component;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.PostgresComponent;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.StateStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL component through the lab's own process code: start, write, crash, start again, read. */
class PostgresRestartTest {

    @TempDir
    Path root;

    private StateStore store;
    private ComponentControl control;

    @AfterEach
    void stopWhatThisTestStarted() {
        if (store != null) {
            store.load().components().forEach(control::stop);
        }
    }

    @Test
    void dataSurvivesAKillAndARestart() throws SQLException {
        LabLayout layout = new LabLayout(root);
        int port = Ports.findFree();
        Component postgres = PostgresComponent.create(layout, port);
        store = new StateStore(layout.stateFile());
        control = new ComponentControl(
                store,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                Duration.ofSeconds(120));

        RunningComponent first = control.start(postgres);
        assertThat(first.spawned()).as("the postmaster is recorded").hasSize(1);
        try (Connection shop = connect(port);
                Statement sql = shop.createStatement()) {
            sql.execute("CREATE TABLE survivor (name text)");
            sql.execute("INSERT INTO survivor VALUES ('written before the crash')");
        }

        control.kill(store.load().find("database").orElseThrow());
        await().atMost(Duration.ofSeconds(15)).until(() -> Ports.isFree(port));
        assertThat(first.processes()).noneMatch(ProcessRef::isAlive);
        assertThat(HealthProbe.check(postgres.healthTarget())).isEqualTo(Health.UNREACHABLE);

        RunningComponent second =
                control.start(store.load().find("postgres").orElseThrow().component());
        assertThat(second.process().pid()).isNotEqualTo(first.process().pid());
        try (Connection shop = connect(port);
                Statement sql = shop.createStatement();
                ResultSet rows = sql.executeQuery("SELECT name FROM survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("name")).isEqualTo("written before the crash");
        }
    }

    private static Connection connect(int port) throws SQLException {
        return DriverManager.getConnection(
                PostgresComponent.jdbcUrl(port, Databases.MONOLITH), Databases.SUPERUSER, Databases.SUPERUSER_PASSWORD);
    }
}
