package io.shoplab.lab.stack;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import io.shoplab.lab.Directories;
import io.shoplab.lab.LabLayout;
import io.shoplab.lab.budget.Budgets;
import io.shoplab.lab.tracing.ZipkinJar;

/**
 * A stack started by a program (a test suite) rather than the CLI: every part on a port free right
 * now, the state, logs and a fresh PostgreSQL data directory in a work directory of the caller's,
 * and on {@link #close()} exactly the processes it started (by PID) stopped. The CLI's code starts it.
 *
 * <pre>{@code
 * try (LabStack shop = LabStack.start(LabStack.Settings.of(repoRoot, "microservices", workDirectory))) {
 *     URI api = shop.baseUrl();
 * }
 * }</pre>
 */
public final class LabStack implements AutoCloseable {

    private final LabLayout layout;
    private final Stack stack;
    private final StateStore store;
    private final ComponentControl control;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Stops the stack if the JVM ends before the caller closes it. */
    private final Thread stopOnExit = new Thread(this::close, "stop-lab-stack");

    private Duration startUpTime = Duration.ZERO;

    private LabStack(LabLayout layout, Stack stack, StateStore store, ComponentControl control) {
        this.layout = layout;
        this.stack = stack;
        this.store = store;
        this.control = control;
    }

    /**
     * What to start and where.
     *
     * @param repositoryRoot where the app jars are ({@code <module>/target/<module>.jar})
     * @param stackName {@code monolith} or {@code microservices}
     * @param workDirectory the stack's own: state, logs, jar copies, PostgreSQL data (emptied first)
     * @param faults activate the {@code faults} profile
     * @param timeout how long the whole start may take
     * @param out where progress goes
     * @param budgets the CPU and memory each component may use
     */
    public record Settings(
            Path repositoryRoot,
            String stackName,
            Path workDirectory,
            boolean faults,
            Duration timeout,
            PrintStream out,
            Budgets budgets) {

        /** Without budgets. */
        public Settings(
                Path repositoryRoot,
                String stackName,
                Path workDirectory,
                boolean faults,
                Duration timeout,
                PrintStream out) {
            this(repositoryRoot, stackName, workDirectory, faults, timeout, out, Budgets.NONE);
        }

        /** The way lab/README.md shows for a program: no faults, 240 s, progress on standard output. */
        public static Settings of(Path repositoryRoot, String stackName, Path workDirectory) {
            return new Settings(repositoryRoot, stackName, workDirectory, false, Duration.ofSeconds(240), System.out);
        }
    }

    /** Starts the stack and returns once its routes work; on failure stops what it started and throws. */
    public static LabStack start(Settings settings) {
        return start(settings, StackPorts.free());
    }

    /** The same on the ports given, such as {@link StackPorts#defaults()} for a CLI command. */
    public static LabStack start(Settings settings, StackPorts ports) {
        return start(settings, ports, Tracing.off());
    }

    /** The same, its spans sent to a Zipkin as {@code tracing} says (which the stack starts too, for {@link Tracing#everyRequest}). */
    public static LabStack start(Settings settings, StackPorts ports, Tracing tracing) {
        LabLayout layout = new LabLayout(settings.repositoryRoot(), settings.workDirectory());
        Directories.deleteRecursively(layout.postgresData());
        if (tracing.zipkinInStack()) {
            ZipkinJar.resolve(layout);
        }
        Stack stack = new Stacks(layout)
                .named(settings.stackName(), new StackOptions(settings.faults(), ports, tracing, settings.budgets()));
        StateStore store = new StateStore(layout.stateFile());
        store.save(LabState.empty());
        LabStack started =
                new LabStack(layout, stack, store, new ComponentControl(store, settings.out(), settings.timeout()));
        Runtime.getRuntime().addShutdownHook(started.stopOnExit);
        try {
            started.startUpTime = started.control.up(stack);
            return started;
        } catch (RuntimeException failure) {
            started.close();
            throw failure;
        }
    }

    /** The public API: the monolith, or the gateway. */
    public URI baseUrl() {
        return URI.create(stack.baseUrl());
    }

    /** Where its jars come from and its state, logs and data go. */
    public LabLayout layout() {
        return layout;
    }

    public Stack stack() {
        return stack;
    }

    public Duration startUpTime() {
        return startUpTime;
    }

    /** Why its components run without the budgets they were given, if they do. */
    public Optional<String> whyBudgetsAreAbsent() {
        return store.load().whyBudgetsAreAbsent();
    }

    /** What runs now, as recorded in the work directory's state file. */
    public List<RunningComponent> running() {
        return store.load().components();
    }

    /**
     * Leaves the processes running when this object is closed or the JVM ends, for the user to look at;
     * {@code down} with this stack's lab directory ({@code -Dshoplab.labDirectory}) stops them.
     */
    public void keepRunning() {
        if (closed.compareAndSet(false, true)) {
            unhook();
        }
    }

    /** Stops every process this stack started, apps first; safe to call more than once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<RunningComponent> lastStartedFirst = new ArrayList<>(store.load().components());
        Collections.reverse(lastStartedFirst);
        control.stopAll(lastStartedFirst);
        unhook();
    }

    private void unhook() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running (it closes the stack) or the JVM is ending anyway: nothing left to unregister.
        }
    }
}
