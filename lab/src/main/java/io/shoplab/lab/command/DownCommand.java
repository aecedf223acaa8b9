package io.shoplab.lab.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import io.shoplab.lab.state.RunningComponent;
import picocli.CommandLine.Command;

@Command(name = "down", mixinStandardHelpOptions = true,
        description = {"Stops everything the lab started, apps first, PostgreSQL last.",
                "Each gets SIGTERM, up to 20 s for a clean shutdown, then SIGKILL; the apps stop together.",
                "Only PIDs recorded in target/lab/state.json are signalled."})
public final class DownCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        List<RunningComponent> components = new ArrayList<>(lab.store().load().components());
        if (components.isEmpty()) {
            System.out.println("nothing to stop");
            return 0;
        }
        Collections.reverse(components);
        lab.control(Duration.ZERO).stopAll(components);
        System.out.println("all stopped");
        return 0;
    }
}
