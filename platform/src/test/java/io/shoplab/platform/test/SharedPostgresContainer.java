package io.shoplab.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One PostgreSQL container per test JVM, started on first use and reused by every test class; each Spring
 * test context gets a database of its own in it, as it would get a server of its own when embedded.
 * Stopped when the JVM exits (Ryuk does it too where it can run). Only loaded when Testcontainers is on
 * the class path.
 */
final class SharedPostgresContainer {

    private static final Logger log = LoggerFactory.getLogger(SharedPostgresContainer.class);
    private static final AtomicInteger databases = new AtomicInteger();
    private static PostgreSQLContainer container;

    /** A new, empty database: JDBC URL, user and password. */
    record Database(String url, String username, String password) {}

    private SharedPostgresContainer() {}

    static boolean engineAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static Database newDatabase() {
        PostgreSQLContainer server = started();
        String name = "module_test_" + databases.incrementAndGet();
        try (Connection connection =
                        DriverManager.getConnection(server.getJdbcUrl(), server.getUsername(), server.getPassword());
                Statement create = connection.createStatement()) {
            // The name is ours (a counter), never input; CREATE DATABASE takes no parameters.
            create.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " in " + server.getJdbcUrl(), e);
        }
        String url = "jdbc:postgresql://" + server.getHost() + ":"
                + server.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + name;
        return new Database(url, server.getUsername(), server.getPassword());
    }

    private static synchronized PostgreSQLContainer started() {
        if (container == null) {
            String image = System.getenv().getOrDefault("SHOPLAB_POSTGRES_IMAGE", "postgres:16");
            // A stand-in image (another name, same behaviour) is accepted for the official one.
            PostgreSQLContainer postgres = new PostgreSQLContainer(
                            DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
                    // As the embedded server: room for several contexts' pools; durability is not tested here.
                    .withCommand("postgres", "-c", "max_connections=200", "-c", "fsync=off");
            long started = System.nanoTime();
            postgres.start();
            log.info(
                    "Started PostgreSQL container {} ({}) at {} in {} ms; each test context gets a database of its own",
                    postgres.getContainerId().substring(0, 12),
                    image,
                    postgres.getJdbcUrl(),
                    (System.nanoTime() - started) / 1_000_000);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop, "stop-test-postgres"));
            container = postgres;
        }
        return container;
    }
}
