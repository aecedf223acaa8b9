package io.shoplab.lab.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.LabLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform's memory: what the first `up --platform compose` chose, for every later command. */
class ComposeProjectTest {

    @TempDir
    Path root;

    @Test
    void aNewProjectTakesItsNameFilesImagesAndEngineFromTheEnvironment() {
        LabLayout layout = new LabLayout(root);
        Map<String, String> environment = Map.of(
                "SHOPLAB_COMPOSE_PROJECT",
                "shoplab-lab",
                "DOCKER_HOST",
                "unix:///run/podman/podman.sock",
                "SHOPLAB_POSTGRES_IMAGE",
                "localhost/shoplab-standin/postgres:15",
                "SHOPLAB_JAVA_TOOL_OPTIONS",
                "-Dx=y",
                "HOME",
                "/root",
                "SHOPLAB_PROFILES",
                "docker",
                "SHOPLAB_COMPOSE_SERVICES",
                "postgres monolith");

        ComposeProject project = ComposeProject.create(
                layout,
                List.of("docker-compose"),
                environment,
                ContainerStack.hostPorts(false),
                true,
                List.of("prometheus"));

        assertThat(project.name()).isEqualTo("shoplab-lab");
        assertThat(project.files()).containsExactly(root.resolve("docker-compose.yml"));
        assertThat(project.environment())
                .containsEntry("DOCKER_HOST", "unix:///run/podman/podman.sock")
                .containsEntry("SHOPLAB_POSTGRES_IMAGE", "localhost/shoplab-standin/postgres:15")
                .containsEntry("SHOPLAB_PROFILES", "docker,faults")
                .containsEntry("MONOLITH_PORT", "8080")
                .containsEntry("GATEWAY_PORT", "8090")
                .containsEntry("DISCOVERY_PORT", "8761")
                .containsEntry("PROMETHEUS_PORT", "9090")
                .containsEntry("GRAFANA_PORT", "3000")
                .containsEntry("SHOPLAB_JAVA_TOOL_OPTIONS", "-Dx=y")
                .doesNotContainKeys("HOME", "SHOPLAB_COMPOSE_PROJECT", "SHOPLAB_COMPOSE_SERVICES");
        assertThat(project.faults()).isTrue();
        assertThat(project.hostPort(ComposeService.GATEWAY)).isEqualTo(8090);
    }

    @Test
    void theDefaultsAreTheRepositorysFileAndTheProjectNameOfItsEnvFile() {
        ComposeProject project = ComposeProject.create(
                new LabLayout(root),
                List.of("docker", "compose"),
                Map.of(),
                ContainerStack.hostPorts(false),
                false,
                List.of());

        assertThat(project.name()).isEqualTo("shoplab");
        assertThat(project.environment())
                .containsEntry("SHOPLAB_PROFILES", "docker")
                .doesNotContainKey("DOCKER_HOST");
        assertThat(project.environment())
                .as("the images take the jars the lab built")
                .containsEntry("SHOPLAB_JARS", "checkout");
        assertThat(project.environment())
                .as("the lab's load is one client")
                .containsEntry("SHOPLAB_GATEWAY_RATE_LIMIT", "false")
                .containsEntry("COMPOSE_HTTP_TIMEOUT", "600");
    }

    @Test
    void aUserWhoAsksForImagesBuiltFromTheSourcesAndTheRateLimitGetsThem() {
        ComposeProject project = ComposeProject.create(
                new LabLayout(root),
                List.of("docker", "compose"),
                Map.of("SHOPLAB_JARS", "source", "SHOPLAB_GATEWAY_RATE_LIMIT", "true"),
                ContainerStack.hostPorts(false),
                false,
                List.of());

        assertThat(project.environment())
                .containsEntry("SHOPLAB_JARS", "source")
                .containsEntry("SHOPLAB_GATEWAY_RATE_LIMIT", "true");
    }

    @Test
    void freePortsAreFiveDifferentOnes() {
        Map<String, Integer> ports = ContainerStack.hostPorts(true);

        assertThat(ports)
                .containsOnlyKeys("MONOLITH_PORT", "GATEWAY_PORT", "DISCOVERY_PORT", "PROMETHEUS_PORT", "GRAFANA_PORT");
        assertThat(new HashSet<>(ports.values())).hasSize(5).doesNotContain(8080, 8090);
    }

    @Test
    void itIsRememberedUntilForgotten() throws IOException {
        LabLayout layout = new LabLayout(root);
        ComposeProject project = ComposeProject.create(
                        layout, List.of("docker-compose"), Map.of(), ContainerStack.hostPorts(false), false, List.of())
                .withStack("monolith", false)
                .withStack("microservices", true);

        project.save(layout);

        assertThat(ComposeProject.load(layout)).contains(project);
        assertThat(project.stacks()).containsExactly("monolith", "microservices");
        assertThat(project.environment()).containsEntry("SHOPLAB_PROFILES", "docker,faults");
        assertThat(Files.readString(layout.labDirectory().resolve("compose.json")))
                .contains("\"" + root.resolve("docker-compose.yml") + "\"");
        assertThat(ContainerStack.isRemembered(layout)).isTrue();

        ComposeProject.forget(layout);

        assertThat(ComposeProject.load(layout)).isEmpty();
        assertThat(ContainerStack.isRemembered(layout)).isFalse();
    }

    @Test
    void theMonitoringThisMachineCannotRunIsLeftOut() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<String> monitoring = ContainerStack.monitoring(
                Map.of("SHOPLAB_COMPOSE_SERVICES", "postgres discovery monolith prometheus"), new PrintStream(printed));

        assertThat(monitoring).containsExactly("prometheus");
        assertThat(printed.toString()).contains("grafana left out");
        assertThat(ContainerStack.monitoring(Map.of(), new PrintStream(printed)))
                .containsExactly("prometheus", "grafana");
    }
}
