package io.shoplab.platform.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * Which PostgreSQL {@link ModuleDataTest}s run on, chosen once per test JVM by {@code shoplab.test.database}
 * (system property, or the {@code SHOPLAB_TEST_DATABASE} environment variable):
 * <ul>
 * <li>{@code embedded}: the platform's embedded server (a Maven artifact; nothing to install);
 * <li>{@code container}: one Testcontainers PostgreSQL per test JVM ({@code SHOPLAB_POSTGRES_IMAGE},
 * default {@code postgres:16}), a fresh database in it per Spring test context;
 * <li>{@code auto} (default): {@code container} when Testcontainers is on the test class path and a
 * container engine answers, else {@code embedded}.
 * </ul>
 * Both are real PostgreSQL servers; the same tests pass on each.
 */
public enum TestDatabase {
    EMBEDDED,
    CONTAINER;

    static final String PROPERTY = "shoplab.test.database";
    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static volatile TestDatabase chosen;

    /** The database of this test JVM, decided on first use. */
    public static TestDatabase current() {
        if (chosen == null) {
            synchronized (TestDatabase.class) {
                if (chosen == null) {
                    chosen = choose();
                }
            }
        }
        return chosen;
    }

    private static TestDatabase choose() {
        String setting = System.getProperty(PROPERTY, System.getenv().getOrDefault("SHOPLAB_TEST_DATABASE", "auto"))
                .strip()
                .toLowerCase(Locale.ROOT);
        boolean testcontainers = ClassUtils.isPresent(
                "org.testcontainers.postgresql.PostgreSQLContainer", TestDatabase.class.getClassLoader());
        TestDatabase database = switch (setting) {
            case "embedded" -> EMBEDDED;
            case "container" -> {
                if (!testcontainers) {
                    throw new IllegalStateException(
                            PROPERTY + "=container, but Testcontainers is not on this module's test"
                                    + " class path (org.testcontainers:testcontainers-postgresql)");
                }
                yield CONTAINER;
            }
            case "auto" -> testcontainers && engineAnswers() ? CONTAINER : EMBEDDED;
            default ->
                throw new IllegalStateException(PROPERTY + " is auto, container or embedded, not '" + setting + "'");
        };
        log.info(
                "Module data tests run on {} PostgreSQL ({}={})",
                database == CONTAINER ? "a Testcontainers" : "the embedded",
                PROPERTY,
                setting);
        return database;
    }

    /**
     * Asks Testcontainers only where an engine may be (DOCKER_HOST, the default socket, a Testcontainers
     * configuration): elsewhere it would log a page of errors before saying no.
     */
    private static boolean engineAnswers() {
        String home = System.getProperty("user.home", "");
        boolean somewhere = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"));
        return somewhere && SharedPostgresContainer.engineAnswers();
    }
}
