package io.shoplab.lab.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.postgres.Databases;
import io.shoplab.lab.postgres.PostgresServer;
import io.shoplab.lab.process.LaunchSpec;

/** The one PostgreSQL server both stacks use: {@link PostgresServer} run from the lab's own class path. */
public final class PostgresComponent {

    public static final String NAME = "postgres";

    private PostgresComponent() {}

    public static Component create(LabLayout layout, int port) {
        List<String> command = new ArrayList<>(List.of(
                layout.javaExecutable(),
                // The wrapper only starts and stops the server; keep it small.
                "-Xmx128m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                layout.labClasspath(),
                PostgresServer.class.getName(),
                "--data",
                layout.postgresData().toString(),
                "--port",
                Integer.toString(port),
                "--databases",
                String.join(",", Databases.ALL)));
        LaunchSpec launch = new LaunchSpec(command, Map.of(), layout.root(), layout.logFile(NAME), List.of());
        return new Component(
                NAME,
                List.of("database"),
                port,
                launch,
                healthTarget(port),
                layout.postgresData().resolve("postmaster.pid"),
                List.of(),
                null,
                null,
                Budget.NONE);
    }

    /**
     * The server prepares its databases in order after it starts, and a database's owner may log in only
     * once it is ready: the last one's owner logging in means all are.
     */
    private static String healthTarget(int port) {
        String lastPrepared = Databases.ALL.get(Databases.ALL.size() - 1);
        return jdbcUrl(port, lastPrepared) + "?user=" + Databases.owner(lastPrepared) + "&password="
                + Databases.ownerPassword(lastPrepared);
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }
}
