package io.shoplab.lab.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.budget.ControlGroup;
import io.shoplab.lab.budget.LabGroups;
import io.shoplab.lab.health.ReadinessWait;
import io.shoplab.lab.health.RouteWait;
import io.shoplab.lab.process.DetachedLauncher;
import io.shoplab.lab.process.PidFile;
import io.shoplab.lab.process.ProcessFreezer;
import io.shoplab.lab.process.ProcessRef;
import io.shoplab.lab.process.ProcessStopper;

/**
 * Starts, stops and kills components, recording every process in the state file before waiting on
 * it. The CLI and {@link LabStack} both go through here.
 */
public final class ComponentControl {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** A training run is one start of an app, which takes a minute or two when the machine is at its busiest. */
    private static final Duration AOT_TRAINING_LIMIT = Duration.ofMinutes(5);

    private final StateStore store;
    private final PrintStream out;
    private final Duration timeout;
    /** The AOT caches whose recording this command tried: one that failed is not tried again before the next command. */
    private final Set<Path> aotCachesTried = new HashSet<>();

    private final ComponentBudgets budgets;

    /** @param timeout how long one {@link #up} or {@link #startAll} may take in all */
    public ComponentControl(StateStore store, PrintStream out, Duration timeout) {
        this.store = store;
        this.out = out;
        this.timeout = timeout;
        this.budgets = new ComponentBudgets(store, out, LabGroups.of(store.labDirectory()));
    }

    /**
     * Starts the stack wave by wave (a wave's components together), leaving running ones as they are,
     * then waits until its routes work. Returns how long it all took.
     */
    public Duration up(Stack stack) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Duration preparing = Duration.ZERO;
        for (List<Component> wave : stack.waves()) {
            List<Component> toStart = new ArrayList<>();
            List<ReadinessWait.Pending> alreadyRunning = new ArrayList<>();
            for (Component component : wave) {
                Optional<RunningComponent> running =
                        store.load().find(component.name()).filter(RunningComponent::isAlive);
                running.ifPresentOrElse(
                        found -> alreadyRunning.add(leftAsItIs(found, component)), () -> toStart.add(component));
            }
            new ReadinessWait(out, deadline).awaitAll(alreadyRunning);
            Duration recorded = recordAotCaches(toStart);
            preparing = preparing.plus(recorded);
            deadline = deadline.plus(recorded);
            startAll(toStart, deadline);
            out.printf(
                    "  %d s since up%s%n",
                    Duration.between(start, Instant.now()).toSeconds(),
                    preparing.isZero() ? "" : ", of which " + preparing.toSeconds() + " s recording AOT caches");
        }
        if (!stack.routeProbes().isEmpty()) {
            out.printf("checking routes through %s%n", stack.baseUrl());
            Duration routed = new RouteWait(out, deadline).awaitAll(stack.routeProbes(), this::logFileOf);
            out.printf(
                    "all %d routes work, %d s after the last process was ready%n",
                    stack.routeProbes().size(), routed.toSeconds());
        }
        return Duration.between(start, Instant.now());
    }

    /** Launches the component, records it, and returns once it is ready. */
    public RunningComponent start(Component component) {
        recordAotCaches(List.of(component));
        return startAll(List.of(component), Instant.now().plus(timeout)).get(0);
    }

    /** Launches all the components at once, records them, and returns once all are ready. */
    public List<RunningComponent> startAll(List<Component> components, Instant deadline) {
        components.forEach(component -> StartPreconditions.require(component, store.load()));
        recordAotCaches(components);
        List<RunningComponent> launched = new ArrayList<>();
        for (Component component : components) {
            AotCache cache = component.aotCache();
            ControlGroup group = budgets.groupFor(component);
            ProcessRef process = DetachedLauncher.launch(
                    cache == null || cache.isReady() ? component.launch() : cache.withoutCache(component.launch()));
            // At once, before it starts anything of its own: what it spawns is then born inside too.
            RunningComponent running =
                    new RunningComponent(component, process, List.of(), Instant.now(), budgets.enrol(group, process));
            store.update(state -> state.with(running));
            launched.add(running);
            out.printf(
                    "starting %s (pid %d, port %d, log %s%s)%n",
                    component.name(),
                    process.pid(),
                    component.port(),
                    component.logFile(),
                    running.controlGroup() == null
                            ? ""
                            : ", budget " + component.budget().describe());
        }
        new ReadinessWait(out, deadline)
                .awaitAll(launched.stream().map(ComponentControl::pending).toList());
        List<RunningComponent> ready = launched.stream()
                .map(running -> running.withSpawned(spawnedBy(running.component())))
                .toList();
        ready.forEach(ComponentBudgets::enrolDescendants);
        ready.forEach(running -> store.update(state -> state.with(running)));
        return ready;
    }

    /**
     * Puts every live component on its budget from those given, as it runs (a JVM keeps the processor count it saw
     * at its start, though); a restart or another instance of it gets the same budget.
     */
    public void applyBudgets(Budgets budgets) {
        this.budgets.apply(budgets);
    }

    /**
     * Makes the AOT cache of each jar that has none yet (the first start after a build), one at a time: a
     * training run is a start of the app, and several at once on a small machine would each take as long.
     * It is not counted in the start-up's time limit. Returns how long it took, zero when it tried none.
     */
    private Duration recordAotCaches(List<Component> components) {
        Instant start = Instant.now();
        boolean recorded = false;
        for (Component component : components) {
            AotCache cache = component.aotCache();
            if (cache != null && !cache.isReady() && aotCachesTried.add(cache.directory())) {
                recorded = true;
                StartPreconditions.require(component, store.load());
                out.printf(
                        "recording the AOT cache of %s into %s (once per build of its jar; log %s)%n",
                        component.name(), cache.directory(), component.logFile());
                Instant training = Instant.now();
                boolean ready = cache.prepare(component.launch(), AOT_TRAINING_LIMIT);
                out.printf(
                        ready ? "  done in %d s%n" : "  failed after %d s (see the log): it starts without one%n",
                        Duration.between(training, Instant.now()).toSeconds());
            }
        }
        return recorded ? Duration.between(start, Instant.now()) : Duration.ZERO;
    }

    /** SIGTERM, up to 20 s for a clean shutdown, then SIGKILL; the component leaves the state. */
    public void stop(RunningComponent running) {
        out.printf("stopping %s (pids %s)%n", running.name(), pids(running));
        // A frozen process would hold SIGTERM until thawed: resumed first, it shuts down cleanly instead of being
        // killed.
        ProcessFreezer.resume(running.processes());
        ProcessStopper.stop(running.process(), running.spawned(), STOP_GRACE);
        budgets.remove(running);
        store.update(state -> state.without(running.name()));
    }

    /**
     * Stops in rounds, each round together (a shutdown mostly waits): first what no other remaining
     * component depends on, so the gateway and the services go before Eureka (they deregister there on
     * the way out) and every app before PostgreSQL.
     */
    public void stopAll(List<RunningComponent> components) {
        inRounds(components, (candidate, other) -> other.component().dependsOn().contains(candidate.name()))
                .forEach(round -> round.parallelStream().forEach(this::stop));
    }

    /**
     * The components in rounds, each of those that wait for none of the others left ({@code waitsFor(candidate,
     * other)}); where all wait (a cycle), one last round of all.
     */
    public static List<List<RunningComponent>> inRounds(
            List<RunningComponent> components, BiPredicate<RunningComponent, RunningComponent> waitsFor) {
        List<List<RunningComponent>> rounds = new ArrayList<>();
        List<RunningComponent> remaining = new ArrayList<>(components);
        while (!remaining.isEmpty()) {
            List<RunningComponent> round = remaining.stream()
                    .filter(candidate -> remaining.stream().noneMatch(other -> waitsFor.test(candidate, other)))
                    .toList();
            rounds.add(round.isEmpty() ? List.copyOf(remaining) : round);
            remaining.removeAll(rounds.get(rounds.size() - 1));
        }
        return rounds;
    }

    /** SIGKILL, as a crash; the component stays in the state so that {@code start} can bring it back. */
    public void kill(RunningComponent running) {
        out.printf("killing %s (pids %s)%n", running.name(), pids(running));
        ProcessStopper.kill(running.processes());
    }

    /** SIGSTOP to it and its children: a frozen process, which keeps its connections and answers nothing, until {@link #resume}. */
    public void pause(RunningComponent running) {
        out.printf("pausing %s (pids %s)%n", running.name(), pids(running));
        ProcessFreezer.pause(running.processes());
    }

    /** SIGCONT to it and its children. */
    public void resume(RunningComponent running) {
        out.printf("resuming %s (pids %s)%n", running.name(), pids(running));
        ProcessFreezer.resume(running.processes());
    }

    /** Whether a {@link #pause} froze it (any of its processes is stopped). */
    public static boolean isPaused(RunningComponent running) {
        return ProcessFreezer.isPaused(running.processes());
    }

    private ReadinessWait.Pending leftAsItIs(RunningComponent running, Component wanted) {
        out.printf(
                "%s already running (pid %d), left as it is%n",
                running.name(), running.process().pid());
        if (!running.component().launch().equals(wanted.launch())
                || !running.component().budget().equals(wanted.budget())) {
            out.printf("  note: it was started with another configuration; `shoplab down` first to change it%n");
        }
        return pending(running);
    }

    private Path logFileOf(String name) {
        return store.load()
                .find(name)
                .map(running -> running.component().logFile())
                .orElse(Path.of(name + ".log"));
    }

    private static ReadinessWait.Pending pending(RunningComponent running) {
        Component component = running.component();
        return new ReadinessWait.Pending(
                component.name(), running.process(), component.healthTarget(), component.logFile());
    }

    private static List<ProcessRef> spawnedBy(Component component) {
        Path pidFile = component.spawnedPidFile();
        return pidFile == null ? List.of() : PidFile.read(pidFile).stream().toList();
    }

    private static String pids(RunningComponent running) {
        return running.processes().stream()
                .map(process -> Long.toString(process.pid()))
                .collect(Collectors.joining(", "));
    }
}
