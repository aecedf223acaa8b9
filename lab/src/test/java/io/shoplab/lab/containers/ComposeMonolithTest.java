package io.shoplab.lab.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.stack.LabJournal;
import io.shoplab.lab.stack.Stacks;
import io.shoplab.lab.watch.PartsSource;
import io.shoplab.lab.watch.Watch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one real container test of the lab, kept small (the container-tests module runs the whole stack):
 * the monolith stack up in a Compose project of its own on free ports, watched as {@code watch} and
 * {@code --watch} watch containers, its monolith killed and started again (the watch shows it down, then
 * up), the project removed. Skipped when no container engine answers (DOCKER_HOST, or Docker's socket),
 * unless {@code shoplab.containers.required} is true: CI, which starts an engine, must see it run.
 */
class ComposeMonolithTest {

    private static final Path ROOT =
            Path.of(System.getProperty("shoplab.home", "..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** The watch samples every second; a container engine's answers take their time on a busy machine. */
    private static final Duration WATCH_SHOWS_WITHIN = Duration.ofSeconds(30);

    @TempDir
    Path work;

    @Test
    void theMonolithInAContainerDiesAndComesBack() throws Exception {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put(
                "SHOPLAB_COMPOSE_PROJECT",
                "shoplab-labtest-" + UUID.randomUUID().toString().substring(0, 8));
        Optional<String> unavailable = ContainerStack.unavailable(environment);
        requireOrSkip(unavailable.isEmpty(), unavailable.orElse(""));
        requireOrSkip(
                Files.exists(ROOT.resolve("monolith-api/target/monolith-api.jar")),
                "monolith-api/target/monolith-api.jar is not built (./mvnw -B verify from the root builds it first)");
        LabLayout layout = new LabLayout(ROOT, work.resolve("lab"));
        ContainerStack containers =
                ContainerStack.prepare(layout, environment, Stacks.MONOLITH, false, true, false, System.out);
        try {
            containers.up(Stacks.MONOLITH, Duration.ofMinutes(10));
            ComposeStackControl lab = new ComposeStackControl(layout, containers, System.out);
            try (Watch watch =
                    Watch.start(PartsSource.containers(containers), new LabJournal(layout.journalFile()), 0)) {
                String base = lab.baseUrl(Stacks.MONOLITH);
                assertThat(base).startsWith("http://127.0.0.1:");
                assertThat(status(base + "/api/products/1")).isEqualTo(200);
                assertThat(lab.liveParts(Stacks.MONOLITH)).containsExactly("postgres", "monolith");
                // Podman's rootful containers and Docker Engine on Linux run in this kernel: their JVM is measured.
                lab.pids(Stacks.MONOLITH)
                        .values()
                        .forEach(pid -> assertThat(Files.exists(Path.of("/proc", Long.toString(pid))))
                                .isTrue());

                await("the watch sees the monolith up")
                        .atMost(WATCH_SHOWS_WITHIN)
                        .until(() -> watched(watch, Stacks.MONOLITH), "up"::equals);

                lab.kill(Stacks.MONOLITH);

                assertThat(lab.state().find(Stacks.MONOLITH))
                        .hasValueSatisfying(part -> assertThat(part.isAlive()).isFalse());
                assertThat(status(base + "/api/products/1")).isZero();
                await("the watch sees the monolith down")
                        .atMost(WATCH_SHOWS_WITHIN)
                        .until(() -> watched(watch, Stacks.MONOLITH), "down"::equals);

                lab.restart(Stacks.MONOLITH);

                assertThat(status(base + "/api/products/1"))
                        .as("the same data, the same port")
                        .isEqualTo(200);
                await("the watch sees the monolith up again")
                        .atMost(WATCH_SHOWS_WITHIN)
                        .until(() -> watched(watch, Stacks.MONOLITH), "up"::equals);
            }
        } finally {
            containers.down(Duration.ofMinutes(3));
        }
        assertThat(containers.parts().components()).isEmpty();
        assertThat(ContainerStack.isRemembered(layout)).isFalse();
    }

    private static void requireOrSkip(boolean met, String otherwise) {
        if (Boolean.getBoolean("shoplab.containers.required")) {
            assertTrue(met, otherwise + " (shoplab.containers.required)");
        } else {
            assumeTrue(met, otherwise + ": skipped");
        }
    }

    /** The part's state in the newest second the watch kept: its saved page holds every second, oldest first. */
    private static String watched(Watch watch, String part) throws IOException, InterruptedException {
        String history = HTTP.send(
                        HttpRequest.newBuilder(URI.create(watch.url() + "history.html"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher states = Pattern.compile(
                        "\\{\"name\":\"" + Pattern.quote(part) + "\",\"stack\":\"[a-z]+\",\"state\":\"([a-z]+)\"")
                .matcher(history);
        String newest = "";
        while (states.find()) {
            newest = states.group(1);
        }
        return newest;
    }

    /** The HTTP status, 0 when nothing answers. */
    private static int status(String url) throws InterruptedException {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(5))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException nothingAnswers) {
            return 0;
        }
    }
}
