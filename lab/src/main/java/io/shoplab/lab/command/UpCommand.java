package io.shoplab.lab.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;

import io.shoplab.lab.stack.Stack;
import io.shoplab.lab.stack.StackOptions;
import io.shoplab.lab.stack.StackPorts;
import io.shoplab.lab.stack.Stacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Starts a stack in the background and waits until every part is ready and its routes work.",
                "microservices: PostgreSQL, discovery, the five services together, the gateway; then GETs through the gateway.",
                "all: both stacks side by side on one PostgreSQL. Parts already running are left as they are.",
                "Logs: target/lab/logs/<name>.log."})
public final class UpCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STACK", description = "The stack to start: ${COMPLETION-CANDIDATES}.",
            completionCandidates = StackNames.class)
    String stack;

    @Option(names = "--faults", description = "Activate the faults profile (fault injection on each app's own port).")
    boolean faults;

    @Option(names = "--postgres-port", defaultValue = "15432", description = "PostgreSQL port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int postgresPort;

    @Option(names = "--free-ports", description = "Every part on a port free now instead of the defaults (8080, 8090, 8761, 8081..8085), "
            + "to run beside something that holds them; --postgres-port still applies.")
    boolean freePorts;

    @Option(names = "--timeout", defaultValue = "240s", converter = DurationConverter.class,
            description = "How long the whole start may take (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        StackPorts ports = (freePorts ? StackPorts.free() : StackPorts.defaults()).withPostgres(postgresPort);
        Stack selected = lab.stacks().named(stack, new StackOptions(faults, ports));
        Duration took = lab.control(timeout).up(selected);
        System.out.println();
        System.out.printf("%s is up (%d s):%n", selected.name(), took.toSeconds());
        selected.entryPoints().forEach(entry -> System.out.printf("  %-14s %s%n", entry.label(), entry.url()));
        System.out.println("Next: ./shoplab status | ./shoplab load browse --target "
                + (Stacks.ALL.equals(selected.name()) ? Stacks.MICROSERVICES : selected.name()) + " | ./shoplab down");
        return 0;
    }

    static final class StackNames extends ArrayList<String> {
        StackNames() {
            super(Stacks.NAMES);
        }
    }
}
