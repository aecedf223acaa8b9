package io.shoplab.lab.containers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import io.shoplab.lab.LabException;

/**
 * The engine's client ({@code docker}, also against podman's Docker-compatible socket) for what Compose
 * does not do per container: list and inspect a project's containers, kill, start and remove one by id,
 * read its log tail, size its image.
 */
final class Docker {

    private final CommandLines shell;

    Docker(CommandLines shell) {
        this.shell = shell;
    }

    /** Every container of the project, running or not, one-off instances included. */
    List<ContainerInfo> containers(String project) {
        List<String> inspect = inspectCommand(project);
        if (inspect.size() == 2) {
            return List.of();
        }
        CommandLines.Result result = shell.capture(inspect);
        // A container removed between listing and inspecting fails the inspect: ask again, once.
        return ContainerInfo.parse(result.succeeded() ? result.output() : shell.output(inspectCommand(project)));
    }

    private List<String> inspectCommand(String project) {
        List<String> inspect = new ArrayList<>(List.of("docker", "inspect"));
        shell.output(List.of(
                        "docker",
                        "ps",
                        "-a",
                        "-q",
                        "--no-trunc",
                        "--filter",
                        "label=com.docker.compose.project=" + project))
                .lines()
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .forEach(inspect::add);
        return inspect;
    }

    /**
     * Another container like {@code model} (image, variables, network, init, CPU quota and memory limit), its port published on
     * another port of 127.0.0.1 (where the load generator may go), labelled as a one-off of its Compose service
     * numbered {@code instance}: the monolith's second instance, which Compose cannot scale (its host port is one)
     * nor, on podman, {@code run} (docker-compose's legacy links are refused).
     */
    void runAlike(ContainerInfo model, String project, int instance, int containerPort, int hostPort) {
        List<String> command = new ArrayList<>(List.of(
                "docker",
                "run",
                "-d",
                "--name",
                project + "_" + model.service() + "_run_" + instance,
                "--network",
                model.network(),
                "--publish",
                "127.0.0.1:" + hostPort + ":" + containerPort,
                "--label",
                "com.docker.compose.project=" + project,
                "--label",
                ContainerInfo.SERVICE_LABEL + "=" + model.service(),
                "--label",
                ContainerInfo.ONE_OFF_LABEL + "=True",
                "--label",
                Compose.INSTANCE_LABEL + "=" + instance));
        if (model.init()) {
            command.add("--init");
        }
        if (model.memoryBytes() > 0) {
            command.addAll(List.of("--memory", Long.toString(model.memoryBytes())));
        }
        if (model.nanoCpus() > 0) {
            command.addAll(List.of("--cpus", Double.toString(model.nanoCpus() / 1e9)));
        }
        // Its own host name, not the model's.
        model.environment().stream()
                .filter(variable -> !variable.startsWith("HOSTNAME="))
                .forEach(variable -> command.addAll(List.of("-e", variable)));
        command.add(model.image());
        shell.output(command);
    }

    /** SIGKILL to the container's main process (its init, which takes the JVM with it), as a crash would. */
    void kill(String id) {
        shell.output(List.of("docker", "kill", id));
    }

    /** Freezes every process of the container (its cgroup), as SIGSTOP would, until {@link #unpause}. */
    void pause(String id) {
        shell.output(List.of("docker", "pause", id));
    }

    void unpause(String id) {
        shell.output(List.of("docker", "unpause", id));
    }

    /** Starts a stopped container again: same configuration, same volumes, possibly another address. */
    void start(String id) {
        shell.output(List.of("docker", "start", id));
    }

    /** Stops and removes it with its anonymous volumes. */
    void remove(String id) {
        shell.output(List.of("docker", "rm", "-f", "-v", id));
    }

    String logTail(String id, int lines) {
        return shell.capture(List.of("docker", "logs", "--tail", Integer.toString(lines), id))
                .output();
    }

    /** The image's size in bytes; empty if the engine does not have it. */
    OptionalLong imageBytes(String image) {
        try {
            return imageField(image, "{{.Size}}")
                    .map(size -> OptionalLong.of(Long.parseLong(size)))
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException unexpected) {
            return OptionalLong.empty();
        }
    }

    /** When the engine built the image, as it prints it (RFC 3339); empty if it does not have it. */
    Optional<Instant> imageCreated(String image) {
        try {
            return imageField(image, "{{.Created}}")
                    .map(created -> OffsetDateTime.parse(created).toInstant());
        } catch (DateTimeParseException unexpected) {
            // Unknown format: rebuild to be safe.
            return Optional.of(Instant.EPOCH);
        }
    }

    /** What {@code docker image inspect} prints for the format; empty if the engine does not have the image. */
    private Optional<String> imageField(String image, String format) {
        CommandLines.Result result = shell.capture(List.of("docker", "image", "inspect", "-f", format, image));
        return result.succeeded() ? Optional.of(result.output().strip()) : Optional.empty();
    }

    /** Such as {@code Podman Engine 4.3.1} or {@code Engine 27.3.1}; {@code ?} if the engine does not say. */
    String engine() {
        CommandLines.Result result = shell.capture(List.of(
                "docker", "version", "--format", "{{with index .Server.Components 0}}{{.Name}} {{.Version}}{{end}}"));
        return result.succeeded() && !result.output().isBlank()
                ? result.output().strip()
                : "?";
    }

    /** Whether an engine answers at all (DOCKER_HOST or the default socket). */
    boolean answers() {
        try {
            return shell.capture(List.of("docker", "version", "--format", "{{.Server.Version}}"))
                    .succeeded();
        } catch (LabException noClient) {
            return false;
        }
    }
}
