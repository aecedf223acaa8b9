package io.shoplab.lab.postgres;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A PostgreSQL server as a process of its own: zonky's embedded PostgreSQL on a persistent data
 * directory, up until the process is told to stop. zonky runs {@code initdb} only when the
 * directory has no {@code postgresql.conf} yet and, with {@code cleanDataDirectory=false}, leaves
 * the data in place when it stops. Its shutdown hook ({@code pg_ctl stop -m fast}) runs on SIGTERM.
 * The postmaster is a daemon of {@code pg_ctl}, not a child of this JVM: whoever kills this
 * process hard must kill the PID in {@code DATA/postmaster.pid} too.
 */
@Command(
        name = "postgres-server",
        mixinStandardHelpOptions = true,
        description = "Runs PostgreSQL on 127.0.0.1 with a persistent data directory until stopped.")
public final class PostgresServer implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "Data directory; initialised on first use.")
    private Path dataDirectory;

    @Option(names = "--port", defaultValue = "15432", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(
            names = "--databases",
            split = ",",
            description = "Databases to create when missing, each with its owning role (default: all the stacks use).")
    private List<String> databases = Databases.ALL;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PostgresServer()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // zonky turns it off for speed, which loses the last commits when the server is killed;
                // the lab kills it on purpose and checks what survived. (zonky's fsync=off still only
                // matters if the whole machine crashes.)
                .setServerConfig("synchronous_commit", "on")
                // The first start unpacks the binaries and runs initdb; on two busy cores that takes a while.
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .start();
        Databases.prepare(
                database -> postgres.getDatabase(Databases.SUPERUSER, database).getConnection(), databases);
        System.out.println("PostgreSQL ready on 127.0.0.1:" + port + " with databases " + databases);
        new CountDownLatch(1).await();
        return 0;
    }
}
