package io.shoplab.lab.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.LabLayout;
import org.junit.jupiter.api.Test;

/** The command lines the lab gives Compose and the engine: none of them needs an engine to be checked. */
class ComposeTest {

    private static final LabLayout LAYOUT = new LabLayout(Path.of("/repo"));
    private static final ComposeProject PROJECT = new ComposeProject("shoplab-lab", List.of("docker-compose"),
            List.of(Path.of("/repo/docker-compose.yml"), Path.of("/repo/target/lab/compose-lab.yml")),
            Map.of("SHOPLAB_PROFILES", "docker,faults"), List.of("monolith"), List.of());
    private static final Compose COMPOSE = new Compose(PROJECT, new CommandLines(Path.of("/repo"), PROJECT.environment()),
            new PrintStream(OutputStream.nullOutputStream()));

    private static final List<String> PREFIX = List.of("docker-compose", "-p", "shoplab-lab", "-f", "/repo/docker-compose.yml",
            "-f", "/repo/target/lab/compose-lab.yml");

    @Test
    void upStartsWhatIsNotRunningAndNeverRecreates() {
        assertThat(COMPOSE.upCommand(List.of("postgres", "monolith"))).isEqualTo(with("up", "-d", "--no-recreate", "postgres", "monolith"));
        assertThat(COMPOSE.buildCommand(List.of("monolith"))).isEqualTo(with("build", "monolith"));
    }

    @Test
    void aServiceScalesWithComposeAndTheMonolithWithAContainerLikeTheFirst() {
        assertThat(COMPOSE.scaleCommand("catalog-service", 2))
                .isEqualTo(with("up", "-d", "--no-recreate", "--scale", "catalog-service=2", "catalog-service"));
        ContainerInfo first = new ContainerInfo("c13ac28705cb", "shoplab-lab_monolith_1", "monolith", 1, false, true, false, 2763,
                Optional.empty(), Optional.of("10.89.0.4"), Map.of(8080, 45441), "docker.io/shoplab/monolith-api:latest",
                List.of("SPRING_PROFILES_ACTIVE=docker,faults", "HOSTNAME=c13ac28705cb"), "shoplab-lab_default", true, 805306368,
                500_000_000);

        assertThat(Docker.runAlikeCommand(first, "shoplab-lab", 2, 8080, 41000)).containsExactly("docker", "run", "-d",
                "--name", "shoplab-lab_monolith_run_2", "--network", "shoplab-lab_default", "--publish", "127.0.0.1:41000:8080",
                "--label", "com.docker.compose.project=shoplab-lab", "--label", "com.docker.compose.service=monolith",
                "--label", "com.docker.compose.oneoff=True", "--label", "io.shoplab.instance=2",
                "--init", "--memory", "805306368", "--cpus", "0.5", "-e", "SPRING_PROFILES_ACTIVE=docker,faults",
                "docker.io/shoplab/monolith-api:latest");
    }

    @Test
    void downRemovesTheVolumesToo() {
        assertThat(COMPOSE.downCommand()).isEqualTo(with("down", "-v", "--remove-orphans"));
    }

    @Test
    void composeV2IsTwoWords() {
        ComposeProject v2 = new ComposeProject("p", List.of("docker", "compose"), List.of(Path.of("/repo/docker-compose.yml")), Map.of(),
                List.of(), List.of());
        assertThat(new Compose(v2, new CommandLines(Path.of("/repo"), Map.of()), System.out).downCommand())
                .containsExactly("docker", "compose", "-p", "p", "-f", "/repo/docker-compose.yml", "down", "-v", "--remove-orphans");
    }

    @Test
    void theCommandIsChosenByTheEnvironmentWhenItSaysSo() {
        assertThat(Compose.detect(Path.of("."), Map.of("SHOPLAB_COMPOSE_COMMAND", "docker-compose"))).containsExactly("docker-compose");
        assertThat(Compose.detect(Path.of("."), Map.of("SHOPLAB_COMPOSE_COMMAND", " docker  compose "))).containsExactly("docker", "compose");
    }

    @Test
    void theEngineListsTheProjectsContainersByLabel() {
        assertThat(Docker.psCommand("shoplab-lab"))
                .containsExactly("docker", "ps", "-a", "-q", "--no-trunc", "--filter", "label=com.docker.compose.project=shoplab-lab");
    }

    private static List<String> with(String... arguments) {
        List<String> command = new java.util.ArrayList<>(PREFIX);
        command.addAll(List.of(arguments));
        return command;
    }
}
