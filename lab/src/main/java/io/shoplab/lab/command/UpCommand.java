package io.shoplab.lab.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.Callable;

import io.shoplab.lab.stack.Stack;
import io.shoplab.lab.stack.StackOptions;
import io.shoplab.lab.stack.Stacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Starts a stack in the background and waits until every part is ready.",
                "Parts already running are left as they are. Logs: target/lab/logs/<name>.log."})
public final class UpCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STACK", description = "The stack to start: ${COMPLETION-CANDIDATES}.",
            completionCandidates = StackNames.class)
    String stack;

    @Option(names = "--faults", description = "Activate the faults profile (fault injection on each app's own port).")
    boolean faults;

    @Option(names = "--postgres-port", defaultValue = "15432", description = "PostgreSQL port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int postgresPort;

    @Option(names = "--timeout", defaultValue = "180s", converter = DurationConverter.class,
            description = "How long each part may take to get ready (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        Stack selected = lab.stacks().named(stack, new StackOptions(faults, postgresPort));
        lab.control(timeout).up(selected);
        System.out.println();
        System.out.println(selected.name() + " is up:");
        selected.entryPoints().forEach(entry -> System.out.printf("  %-9s %s%n", entry.label(), entry.url()));
        System.out.println("Next: ./shoplab status | ./shoplab load browse --target " + selected.name() + " | ./shoplab down");
        return 0;
    }

    static final class StackNames extends ArrayList<String> {
        StackNames() {
            super(Stacks.NAMES);
        }
    }
}
