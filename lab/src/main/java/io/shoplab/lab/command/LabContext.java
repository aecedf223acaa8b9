package io.shoplab.lab.command;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.shoplab.lab.LabException;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.Platform;
import io.shoplab.lab.containers.ComposeStackControl;
import io.shoplab.lab.containers.ContainerStack;
import io.shoplab.lab.control.LocalStackControl;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.LabJournal;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.StackPart;
import io.shoplab.lab.stack.Stacks;
import io.shoplab.lab.stack.StateStore;

/**
 * What every command works with: the repository's layout, the state file in it, and the platform the
 * stacks run on — local processes unless {@code up --platform compose} ran (remembered until {@code down}).
 */
record LabContext(LabLayout layout, StateStore store) {

    static LabContext fromEnvironment() {
        LabLayout layout = LabLayout.fromEnvironment();
        return new LabContext(layout, new StateStore(layout.stateFile()));
    }

    ComponentControl control(Duration readinessTimeout) {
        return new ComponentControl(store, System.out, readinessTimeout);
    }

    /** The platform {@code up} chose, until {@code down}: compose while a Compose project is remembered. */
    Platform platform() {
        return ContainerStack.isRemembered(layout) ? Platform.COMPOSE : Platform.LOCAL;
    }

    /**
     * The platform a command that starts stacks uses: the one asked for, else the remembered one. The lab
     * runs on one platform at a time (both publish the same ports): a change needs {@code down} first.
     */
    Platform choosePlatform(Optional<String> requested) {
        Platform remembered = platform();
        if (requested.isEmpty()) {
            return remembered;
        }
        Platform wanted = Platform.of(requested.get());
        if (wanted == Platform.LOCAL && remembered == Platform.COMPOSE) {
            throw new LabException("the lab runs on containers (Compose project "
                    + containers().projectName() + "): ./shoplab down first, then up --platform local");
        }
        if (wanted == Platform.COMPOSE && remembered == Platform.LOCAL && localProcessesRun()) {
            throw new LabException(
                    "the lab runs local processes (./shoplab status): ./shoplab down first, then up --platform compose");
        }
        return wanted;
    }

    /** The remembered Compose project. */
    ContainerStack containers() {
        return containers(System.out);
    }

    ContainerStack containers(PrintStream out) {
        return ContainerStack.remembered(layout, out)
                .orElseThrow(() ->
                        new LabException("the lab does not run on containers (./shoplab up STACK --platform compose)"));
    }

    boolean localProcessesRun() {
        return store.load().components().stream().anyMatch(RunningComponent::isAlive);
    }

    /** The live Spring Boot apps on the lab's platform, for faults. */
    List<? extends StackPart.App> liveApps() {
        return platform() == Platform.COMPOSE
                ? containers().parts().liveApps()
                : store.load().liveApps();
    }

    /** What the experiments drive: the same control and state as the commands (or the same containers), allowing slow restarts. */
    StackControl experimentLab() {
        if (platform() == Platform.COMPOSE) {
            return new ComposeStackControl(layout, containers(), System.out);
        }
        return new LocalStackControl(layout, store, control(Duration.ofMinutes(5)), System.out);
    }

    /** Where the commands note what they did, for {@code watch}. */
    LabJournal journal() {
        return new LabJournal(layout.journalFile());
    }

    Stacks stacks() {
        return new Stacks(layout);
    }
}
