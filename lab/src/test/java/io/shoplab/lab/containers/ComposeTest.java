package io.shoplab.lab.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The command lines the lab gives Compose and the engine, recorded instead of run: none of them needs an engine. */
class ComposeTest {

    private static final ComposeProject PROJECT = new ComposeProject(
            "shoplab-lab",
            List.of("docker-compose"),
            List.of(Path.of("/repo/docker-compose.yml")),
            Map.of("SHOPLAB_PROFILES", "docker,faults"),
            List.of("monolith"),
            List.of());
    private static final List<String> PREFIX =
            List.of("docker-compose", "-p", "shoplab-lab", "-f", "/repo/docker-compose.yml");

    private final RecordingShell shell = new RecordingShell();
    private final Compose compose = new Compose(PROJECT, shell, new PrintStream(OutputStream.nullOutputStream()));

    @Test
    void upStartsWhatIsNotRunningAndNeverRecreates() {
        compose.up(List.of("postgres", "monolith"), Instant.MAX);
        compose.build(List.of("monolith"), Instant.MAX);

        assertThat(shell.commands)
                .containsExactly(with("up", "-d", "--no-recreate", "postgres", "monolith"), with("build", "monolith"));
    }

    @Test
    void aServiceScalesWithComposeAndTheMonolithWithAContainerLikeTheFirst() {
        ContainerInfo first = new ContainerInfo(
                "c13ac28705cb",
                "monolith",
                1,
                false,
                true,
                false,
                2763,
                Optional.empty(),
                Optional.of("10.89.0.4"),
                Map.of(8080, 45441),
                "docker.io/shoplab/monolith-api:latest",
                List.of("SPRING_PROFILES_ACTIVE=docker,faults", "HOSTNAME=c13ac28705cb"),
                "shoplab-lab_default",
                true,
                805306368,
                500_000_000);

        compose.scale("catalog-service", 2, Instant.MAX);
        new Docker(shell).runAlike(first, "shoplab-lab", 2, 8080, 41000);

        assertThat(shell.commands)
                .containsExactly(
                        with("up", "-d", "--no-recreate", "--scale", "catalog-service=2", "catalog-service"),
                        List.of(
                                "docker",
                                "run",
                                "-d",
                                "--name",
                                "shoplab-lab_monolith_run_2",
                                "--network",
                                "shoplab-lab_default",
                                "--publish",
                                "127.0.0.1:41000:8080",
                                "--label",
                                "com.docker.compose.project=shoplab-lab",
                                "--label",
                                "com.docker.compose.service=monolith",
                                "--label",
                                "com.docker.compose.oneoff=True",
                                "--label",
                                "io.shoplab.instance=2",
                                "--init",
                                "--memory",
                                "805306368",
                                "--cpus",
                                "0.5",
                                "-e",
                                "SPRING_PROFILES_ACTIVE=docker,faults",
                                "docker.io/shoplab/monolith-api:latest"));
    }

    @Test
    void downRemovesTheVolumesToo() {
        compose.down(Instant.MAX);

        assertThat(shell.commands).containsExactly(with("down", "-v", "--remove-orphans"));
    }

    @Test
    void composeV2IsTwoWords() {
        ComposeProject v2 = new ComposeProject(
                "p",
                List.of("docker", "compose"),
                List.of(Path.of("/repo/docker-compose.yml")),
                Map.of(),
                List.of(),
                List.of());

        new Compose(v2, shell, System.out).down(Instant.MAX);

        assertThat(shell.commands)
                .containsExactly(List.of(
                        "docker",
                        "compose",
                        "-p",
                        "p",
                        "-f",
                        "/repo/docker-compose.yml",
                        "down",
                        "-v",
                        "--remove-orphans"));
    }

    @Test
    void theCommandIsChosenByTheEnvironmentWhenItSaysSo() {
        assertThat(Compose.detect(Map.of("SHOPLAB_COMPOSE_COMMAND", "docker-compose")))
                .containsExactly("docker-compose");
        assertThat(Compose.detect(Map.of("SHOPLAB_COMPOSE_COMMAND", " docker  compose ")))
                .containsExactly("docker", "compose");
    }

    @Test
    void theEngineListsTheProjectsContainersByLabel() {
        assertThat(new Docker(shell).containers("shoplab-lab")).isEmpty();

        assertThat(shell.commands)
                .containsExactly(List.of(
                        "docker",
                        "ps",
                        "-a",
                        "-q",
                        "--no-trunc",
                        "--filter",
                        "label=com.docker.compose.project=shoplab-lab"));
    }

    private static List<String> with(String... arguments) {
        List<String> command = new ArrayList<>(PREFIX);
        command.addAll(List.of(arguments));
        return command;
    }

    /** Records every command and answers each with success and no output. */
    private static final class RecordingShell extends CommandLines {

        final List<List<String>> commands = new ArrayList<>();

        RecordingShell() {
            super(Path.of("/repo"), Map.of());
        }

        @Override
        Result capture(List<String> command) {
            commands.add(command);
            return new Result(0, "");
        }

        @Override
        void show(List<String> command, PrintStream out, Instant deadline) {
            commands.add(command);
        }
    }
}
