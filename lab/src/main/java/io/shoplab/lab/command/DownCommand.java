package io.shoplab.lab.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import io.shoplab.lab.Platform;
import io.shoplab.lab.containers.ContainerStack;
import io.shoplab.lab.stack.RunningComponent;
import picocli.CommandLine.Command;

@Command(
        name = "down",
        mixinStandardHelpOptions = true,
        description = {
            "Stops everything the lab started, apps first, PostgreSQL last.",
            "Each gets SIGTERM, up to 20 s for a clean shutdown, then SIGKILL; the apps stop together.",
            "Only PIDs recorded in target/lab/state.json are signalled.",
            "On containers: compose down -v (containers, network and the databases' volumes); the platform is local again."
        })
public final class DownCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        LabContext lab = LabContext.fromEnvironment();
        if (lab.platform() == Platform.COMPOSE) {
            ContainerStack containers = lab.containers();
            System.out.println(
                    "removing the containers, network and volumes of the Compose project " + containers.projectName());
            containers.down(Duration.ofMinutes(3));
            System.out.println("all removed; the lab's platform is local again");
            if (lab.store().load().components().isEmpty()) {
                return 0;
            }
        }
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
