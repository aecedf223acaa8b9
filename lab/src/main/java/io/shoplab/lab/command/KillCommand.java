package io.shoplab.lab.command;

import java.time.Duration;
import java.util.concurrent.Callable;

import io.shoplab.lab.LabException;
import io.shoplab.lab.Platform;
import io.shoplab.lab.process.ProcessRef;
import io.shoplab.lab.stack.RunningComponent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
        name = "kill",
        mixinStandardHelpOptions = true,
        description = {
            "Kills a component with SIGKILL, as a crash would; `start NAME` brings it back.",
            "postgres (alias database): the postmaster, its backends and the lab's wrapper.",
            "On containers (up --platform compose): SIGKILL to the container (docker kill); it stays, stopped."
        })
public final class KillCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "NAME",
            description =
                    "A component shown by `status` (postgres, database, monolith, gateway, discovery, catalog-service, ...).")
    String name;

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        if (lab.platform() == Platform.COMPOSE) {
            lab.containers().kill(name);
            lab.journal().record("kill " + name);
            System.out.println(name + " killed");
            return 0;
        }
        RunningComponent running = lab.store()
                .load()
                .find(name)
                .orElseThrow(() -> new LabException("the lab has not started '" + name + "'; see ./shoplab status"));
        if (!running.isAlive() && running.spawned().stream().noneMatch(ProcessRef::isAlive)) {
            System.out.println(running.name() + " is not running");
            return 0;
        }
        lab.control(Duration.ZERO).kill(running);
        lab.journal().record("kill " + running.name());
        System.out.println(running.name() + " killed");
        return 0;
    }
}
