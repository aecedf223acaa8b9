package io.shoplab.lab.command;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.shoplab.lab.LabException;
import io.shoplab.lab.Platform;
import io.shoplab.lab.stack.Component;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.StackOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "start",
        mixinStandardHelpOptions = true,
        description = {
            "Starts one component again with the configuration (and data) it ran with before, and waits until ready.",
            "A component the lab never started gets its default configuration.",
            "On containers: docker start of the stopped container (same configuration and volumes)."
        })
public final class StartCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "NAME",
            description =
                    "A component (postgres, database, monolith, discovery, gateway, catalog-service, catalog-service-2, ...).")
    String name;

    @Option(
            names = "--timeout",
            defaultValue = "180s",
            converter = DurationConverter.class,
            description = "How long it may take to get ready (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        if (lab.platform() == Platform.COMPOSE) {
            lab.journal().record("start " + name);
            lab.containers().start(name, timeout);
            return 0;
        }
        Optional<RunningComponent> recorded = lab.store().load().find(name);
        if (recorded.filter(RunningComponent::isAlive).isPresent()) {
            System.out.println(recorded.get().name() + " is already running (pid "
                    + recorded.get().process().pid() + ")");
            return 0;
        }
        Component component = recorded.map(RunningComponent::component)
                .or(() -> lab.stacks().component(name, StackOptions.defaults()))
                .orElseThrow(() -> new LabException("no component named '" + name + "'"));
        lab.journal().record("start " + component.name());
        lab.control(timeout).start(component);
        return 0;
    }
}
