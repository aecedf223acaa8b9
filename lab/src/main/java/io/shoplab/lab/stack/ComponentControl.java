package io.shoplab.lab.stack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.shoplab.lab.LabException;
import io.shoplab.lab.health.ReadinessWait;
import io.shoplab.lab.process.DetachedLauncher;
import io.shoplab.lab.process.LaunchSpec;
import io.shoplab.lab.process.PidFile;
import io.shoplab.lab.process.Ports;
import io.shoplab.lab.process.ProcessRef;
import io.shoplab.lab.process.ProcessStopper;
import io.shoplab.lab.state.LabState;
import io.shoplab.lab.state.RunningComponent;
import io.shoplab.lab.state.StateStore;

/** Starts, stops and kills components, recording every process in the state file before waiting on it. */
public final class ComponentControl {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final StateStore store;
    private final PrintStream out;
    private final ReadinessWait readiness;

    public ComponentControl(StateStore store, PrintStream out, Duration readinessTimeout) {
        this.store = store;
        this.out = out;
        this.readiness = new ReadinessWait(out, readinessTimeout);
    }

    /** Starts each component of the stack that is not running yet; leaves running ones as they are. */
    public void up(Stack stack) {
        for (Component component : stack.components()) {
            Optional<RunningComponent> running = store.load().find(component.name()).filter(RunningComponent::isAlive);
            if (running.isEmpty()) {
                start(component);
                continue;
            }
            out.printf("%s already running (pid %d), left as it is%n", component.name(), running.get().process().pid());
            if (!running.get().component().launch().equals(component.launch())) {
                out.printf("  note: it was started with another configuration; `shoplab down` first to change it%n");
            }
            readiness.await(component.name(), running.get().process(), component.healthTarget(), component.logFile());
        }
    }

    /** Launches the component, records it, and returns once it is ready. */
    public RunningComponent start(Component component) {
        requireDependenciesAlive(component);
        component.launch().snapshots().stream().map(LaunchSpec.Snapshot::source).filter(Files::notExists).findFirst()
                .ifPresent(missing -> {
                    throw new LabException(missing + " does not exist; build it (./shoplab --rebuild ...) first");
                });
        if (!Ports.isFree(component.port())) {
            throw new LabException("port " + component.port() + " on 127.0.0.1 is taken by a process the lab did not start"
                    + " (or has lost track of); free it before starting " + component.name());
        }
        ProcessRef process = DetachedLauncher.launch(component.launch());
        RunningComponent running = new RunningComponent(component, process, List.of(), Instant.now());
        store.save(store.load().with(running));
        out.printf("starting %s (pid %d, port %d, log %s)%n", component.name(), process.pid(), component.port(),
                component.logFile());
        Duration waited = readiness.await(component.name(), process, component.healthTarget(), component.logFile());
        RunningComponent ready = running.withSpawned(spawnedBy(component));
        store.save(store.load().with(ready));
        out.printf("%s is UP after %d s%n", component.name(), waited.toSeconds());
        return ready;
    }

    /** SIGTERM, up to 20 s for a clean shutdown, then SIGKILL; the component leaves the state. */
    public void stop(RunningComponent running) {
        out.printf("stopping %s (pids %s)%n", running.name(), pids(running));
        ProcessStopper.stop(running.process(), running.spawned(), STOP_GRACE);
        store.save(store.load().without(running.name()));
    }

    /** SIGKILL, as a crash; the component stays in the state so that {@code start} can bring it back. */
    public void kill(RunningComponent running) {
        out.printf("killing %s (pids %s)%n", running.name(), pids(running));
        ProcessStopper.kill(running.processes());
    }

    private void requireDependenciesAlive(Component component) {
        LabState state = store.load();
        for (String dependency : component.dependsOn()) {
            if (state.find(dependency).filter(RunningComponent::isAlive).isEmpty()) {
                throw new LabException(component.name() + " needs " + dependency + ", which is not running;"
                        + " start it first (or use `shoplab up`)");
            }
        }
    }

    private static List<ProcessRef> spawnedBy(Component component) {
        Path pidFile = component.spawnedPidFile();
        return pidFile == null ? List.of() : PidFile.read(pidFile).stream().toList();
    }

    private static String pids(RunningComponent running) {
        return String.join(", ", running.processes().stream().map(process -> Long.toString(process.pid())).toList());
    }
}
