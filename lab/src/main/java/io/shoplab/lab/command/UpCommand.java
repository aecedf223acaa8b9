package io.shoplab.lab.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.shoplab.lab.LabException;
import io.shoplab.lab.Platform;
import io.shoplab.lab.containers.ContainerStack;
import io.shoplab.lab.process.Ports;
import io.shoplab.lab.stack.Stack;
import io.shoplab.lab.stack.StackOptions;
import io.shoplab.lab.stack.StackPorts;
import io.shoplab.lab.stack.Stacks;
import io.shoplab.lab.stack.Tracing;
import io.shoplab.lab.stack.ZipkinComponent;
import io.shoplab.lab.tracing.ZipkinJar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description = {
            "Starts a stack in the background and waits until every part is ready and its routes work.",
            "microservices: PostgreSQL, discovery, the five services together, the gateway; then GETs through the gateway.",
            "all: both stacks side by side on one PostgreSQL. Parts already running are left as they are.",
            "Logs: target/lab/logs/<name>.log.",
            "--platform compose: the same stacks as containers of docker-compose.yml (docker compose, else docker-compose);",
            "the later commands act on them until `down` (which is `compose down -v`)."
        })
public final class UpCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "STACK",
            description = "The stack to start: ${COMPLETION-CANDIDATES}.",
            completionCandidates = StackNames.class)
    String stack;

    @Option(names = "--faults", description = "Activate the faults profile (fault injection on each app's own port).")
    boolean faults;

    @Option(
            names = "--postgres-port",
            defaultValue = "15432",
            description = "PostgreSQL port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int postgresPort;

    @Option(
            names = "--free-ports",
            description = "Every part on a port free now instead of the defaults (8080, 8090, 8761, 8081..8085), "
                    + "to run beside something that holds them; --postgres-port still applies.")
    boolean freePorts;

    @Option(
            names = "--timeout",
            defaultValue = "240s",
            converter = DurationConverter.class,
            description =
                    "How long the whole start may take (default: ${DEFAULT-VALUE}; with compose, add the image builds).")
    Duration timeout;

    @Option(
            names = "--platform",
            description = "local (processes, the default) or compose (containers); remembered until `down`.")
    Optional<String> platform = Optional.empty();

    @Option(
            names = "--tracing",
            description =
                    "Every request traced: Zipkin started beside PostgreSQL (its UI on the URL printed, 9411 by default),"
                            + " the apps sampling 1.0 and sending their spans to it. Not for measured runs.")
    boolean tracing;

    @Mixin
    BudgetOptions budget = new BudgetOptions();

    @Option(
            names = "--no-monitoring",
            description = "compose: leave out Prometheus and Grafana (published on 9090 and 3000).")
    boolean noMonitoring;

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        if (lab.choosePlatform(platform) == Platform.COMPOSE) {
            return upContainers(lab);
        }
        StackPorts ports = (freePorts ? StackPorts.free() : StackPorts.defaults()).withPostgres(postgresPort);
        Tracing spans = Tracing.off();
        if (tracing) {
            ZipkinJar.resolve(lab.layout());
            spans = Tracing.everyRequest(freePorts ? Ports.findFree() : ZipkinComponent.DEFAULT_PORT);
        }
        Stack selected = lab.stacks().named(stack, new StackOptions(faults, ports, spans, budget.budgets()));
        Duration took = lab.control(timeout).up(selected);
        System.out.println();
        System.out.printf("%s is up (%d s):%n", selected.name(), took.toSeconds());
        selected.entryPoints().forEach(entry -> System.out.printf("  %-14s %s%n", entry.label(), entry.url()));
        System.out.println("Next: ./shoplab status | ./shoplab load browse --target "
                + (Stacks.ALL.equals(selected.name()) ? Stacks.MICROSERVICES : selected.name()) + " | ./shoplab down");
        return 0;
    }

    private int upContainers(LabContext lab) {
        if (tracing) {
            throw new LabException(
                    "--tracing runs on local processes; in containers, add docker/compose.tracing.yml to docker compose"
                            + " (docs/tracing.md)");
        }
        if (postgresPort != StackPorts.DEFAULT_POSTGRES) {
            System.out.println(
                    "note: --postgres-port does not apply to containers (PostgreSQL is reached on the project's network)");
        }
        lab.stacks().named(stack, StackOptions.defaults());
        // Compose reads the budget from SHOPLAB_NODE_CPUS and SHOPLAB_NODE_MEMORY (docker-compose.yml), remembered with
        // the project.
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.putAll(budget.composeVariables());
        ContainerStack containers =
                ContainerStack.prepare(lab.layout(), environment, stack, faults, freePorts, !noMonitoring, System.out);
        Duration took = containers.up(stack, timeout);
        System.out.println();
        System.out.printf(
                "%s is up in containers (%d s, Compose project %s):%n",
                stack, took.toSeconds(), containers.projectName());
        containers.entryPoints(stack).forEach(entry -> System.out.printf("  %-14s %s%n", entry.label(), entry.url()));
        System.out.println("Next: ./shoplab status | ./shoplab kill "
                + (Stacks.MONOLITH.equals(stack) ? Stacks.MONOLITH : "reviews-service") + " | ./shoplab down");
        return 0;
    }

    static final class StackNames extends ArrayList<String> {
        StackNames() {
            super(Stacks.NAMES);
        }
    }
}
