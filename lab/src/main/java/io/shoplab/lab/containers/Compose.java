package io.shoplab.lab.containers;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.LabException;

/**
 * The Compose client on one project: the command lines ({@code -p}, every {@code -f}, then the
 * subcommand), run in the repository root with the project's variables, their progress shown.
 * Only what the lab needs: build, up (never recreating what runs), scale, down.
 */
final class Compose {

    /** The label that numbers a one-off instance the lab added ({@code monolith-2}). */
    static final String INSTANCE_LABEL = "io.shoplab.instance";

    private final ComposeProject project;
    private final CommandLines shell;
    private final PrintStream out;

    Compose(ComposeProject project, CommandLines shell, PrintStream out) {
        this.project = project;
        this.shell = shell;
        this.out = out;
    }

    /**
     * The Compose client to use: {@code SHOPLAB_COMPOSE_COMMAND} if set (such as {@code docker-compose}),
     * else Compose v2 ({@code docker compose}) if it answers, else {@code docker-compose} (1.29) if it answers.
     */
    static List<String> detect(Path directory, Map<String, String> environment) {
        String chosen = environment.get("SHOPLAB_COMPOSE_COMMAND");
        if (chosen != null && !chosen.isBlank()) {
            return Arrays.asList(chosen.strip().split("\\s+"));
        }
        CommandLines shell = new CommandLines(directory, Map.of());
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            List<String> version = new ArrayList<>(candidate);
            version.add("version");
            try {
                if (shell.capture(version).succeeded()) {
                    return candidate;
                }
            } catch (LabException notInstalled) {
                // Try the next one.
            }
        }
        throw new LabException("neither `docker compose` nor `docker-compose` answers: install Docker (with Compose) to use --platform compose");
    }

    List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(project.command());
        command.addAll(List.of("-p", project.name()));
        project.files().forEach(file -> command.addAll(List.of("-f", file.toString())));
        command.addAll(Arrays.asList(arguments));
        return command;
    }

    List<String> buildCommand(List<String> services) {
        return withServices(command("build"), services);
    }

    /** Starts what is not running; containers that exist are started as they are, never recreated. */
    List<String> upCommand(List<String> services) {
        return withServices(command("up", "-d", "--no-recreate"), services);
    }

    /** N containers of one service: more are created, the highest-numbered removed. */
    List<String> scaleCommand(String service, int count) {
        return command("up", "-d", "--no-recreate", "--scale", service + "=" + count, service);
    }

    /** Containers, network and volumes (the databases' data) of the project, one-off instances too. */
    List<String> downCommand() {
        return command("down", "-v", "--remove-orphans");
    }

    void build(List<String> services, Instant deadline) {
        show(buildCommand(services), deadline);
    }

    /** Returns once every container is started; Compose waits for the healthy dependencies first. */
    void up(List<String> services, Instant deadline) {
        show(upCommand(services), deadline);
    }

    void scale(String service, int count, Instant deadline) {
        show(scaleCommand(service, count), deadline);
    }

    void down(Instant deadline) {
        show(downCommand(), deadline);
    }

    /** Such as {@code docker-compose 1.29.2}. */
    String version() {
        List<String> version = new ArrayList<>(project.command());
        version.addAll(List.of("version", "--short"));
        CommandLines.Result result = shell.capture(version);
        String number = result.succeeded() ? result.output().strip() : "?";
        return String.join(" ", project.command()) + " " + number;
    }

    private void show(List<String> command, Instant deadline) {
        out.println("  $ " + String.join(" ", command.stream().map(this::relative).toList()));
        shell.show(command, out, deadline);
    }

    /** The Compose files as the user knows them, relative to the repository root. */
    private String relative(String argument) {
        Path path = Path.of(argument);
        return path.isAbsolute() && path.startsWith(shell.directory()) ? shell.directory().relativize(path).toString() : argument;
    }

    private static List<String> withServices(List<String> command, List<String> services) {
        List<String> all = new ArrayList<>(command);
        all.addAll(services);
        return all;
    }
}
