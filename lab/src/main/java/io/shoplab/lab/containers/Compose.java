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
     * The Compose client to use, in this order: {@code SHOPLAB_COMPOSE_COMMAND} if set (such as
     * {@code docker-compose}), else Compose v2 ({@code docker compose}) if it answers, else
     * {@code docker-compose} (1.29) if it answers. The lab and container-tests both choose so.
     */
    static List<String> detect(Map<String, String> environment) {
        String chosen = environment.get("SHOPLAB_COMPOSE_COMMAND");
        if (chosen != null && !chosen.isBlank()) {
            return Arrays.asList(chosen.strip().split("\\s+"));
        }
        CommandLines shell = new CommandLines(Path.of("."), environment);
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            try {
                if (shell.capture(with(candidate, List.of("version"))).succeeded()) {
                    return candidate;
                }
            } catch (LabException notInstalled) {
                // Try the next one.
            }
        }
        throw new LabException(
                "neither `docker compose` nor `docker-compose` answers: install Docker (with Compose) to use --platform compose");
    }

    void build(List<String> services, Instant deadline) {
        show(with(command("build"), services), deadline);
    }

    /** Starts what is not running; containers that exist are started as they are, never recreated. Compose waits for the healthy dependencies first. */
    void up(List<String> services, Instant deadline) {
        show(with(command("up", "-d", "--no-recreate"), services), deadline);
    }

    /** N containers of one service: more are created, the highest-numbered removed. */
    void scale(String service, int count, Instant deadline) {
        show(command("up", "-d", "--no-recreate", "--scale", service + "=" + count, service), deadline);
    }

    /** Containers, network and volumes (the databases' data) of the project, one-off instances too. */
    void down(Instant deadline) {
        show(command("down", "-v", "--remove-orphans"), deadline);
    }

    /** Such as {@code docker-compose 1.29.2}. */
    String version() {
        CommandLines.Result result = shell.capture(with(project.command(), List.of("version", "--short")));
        return String.join(" ", project.command()) + " "
                + (result.succeeded() ? result.output().strip() : "?");
    }

    private List<String> command(String... arguments) {
        List<String> command = with(project.command(), List.of("-p", project.name()));
        project.files().forEach(file -> command.addAll(List.of("-f", file.toString())));
        command.addAll(Arrays.asList(arguments));
        return command;
    }

    private void show(List<String> command, Instant deadline) {
        out.println(
                "  $ " + String.join(" ", command.stream().map(this::relative).toList()));
        shell.show(command, out, deadline);
    }

    /** The Compose files as the user knows them, relative to the repository root. */
    private String relative(String argument) {
        Path path = Path.of(argument);
        return path.isAbsolute() && path.startsWith(shell.directory())
                ? shell.directory().relativize(path).toString()
                : argument;
    }

    private static List<String> with(List<String> command, List<String> more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(more);
        return all;
    }
}
