package io.shoplab.lab.chaos;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.shoplab.lab.LabException;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.faults.FaultClient;

/**
 * Plays a run's schedule against the running stack on a thread of its own: kills with SIGKILL and
 * restarts (in the background, since a start takes many seconds), pauses with SIGSTOP and resumes with
 * SIGCONT, sets and clears injected faults on the right app's {@code /actuator/faults}; records every step in
 * the history and prints one line per fault. A kill or pause waits until the previous killed or paused
 * component is back, and keeps its planned length from the moment it really happened. Whatever it paused is
 * resumed by {@link #heal}, or by {@link #stop} when the run fails half-way.
 */
final class FaultInjector {

    private final StackControl lab;
    private final History history;
    private final PrintStream out;
    private final String runLabel;
    private final long runStartMillis;
    /** Takes the steps at their time, one after the other. */
    private final ScheduledExecutorService steps =
            Executors.newSingleThreadScheduledExecutor(task -> daemon("chaos-faults", task));

    private final ExecutorService restarts = Executors.newCachedThreadPool(task -> daemon("chaos-restart", task));
    /** Kills one after the other, each once the previous killed component is back, beside the other steps. */
    private final ExecutorService killer = Executors.newSingleThreadExecutor(task -> daemon("chaos-kill", task));

    private final Map<Integer, AppliedFault> applied = new ConcurrentHashMap<>();
    private final List<CompletableFuture<Void>> restartsUnderWay = new ArrayList<>();
    /** Steps still to take: a start and an end per fault; a fault that could not start has no end. */
    private volatile CountDownLatch stepsLeft = new CountDownLatch(0);
    /** Completed once the component killed last is running again (or its restart failed). */
    private volatile CompletableFuture<Void> lastKilledBack = CompletableFuture.completedFuture(null);

    private final Map<Integer, CompletableFuture<Void>> backAfter = new ConcurrentHashMap<>();
    /** The components paused and not resumed yet. */
    private final Set<String> paused = ConcurrentHashMap.newKeySet();

    private int faultCount;

    FaultInjector(StackControl lab, History history, PrintStream out, String runLabel, long runStartMillis) {
        this.lab = lab;
        this.history = history;
        this.out = out;
        this.runLabel = runLabel;
        this.runStartMillis = runStartMillis;
    }

    void start(Schedule schedule) {
        faultCount = schedule.faults().size();
        stepsLeft = new CountDownLatch(2 * faultCount);
        schedule.faults().forEach(fault -> takeAt(runStartMillis + fault.startMillis(), () -> apply(fault)));
    }

    static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** True until every fault was applied and lifted and every restart ended. */
    synchronized boolean busy() {
        return stepsLeft.getCount() > 0 || restartsUnderWay.stream().anyMatch(restart -> !restart.isDone());
    }

    /** When the last killed component answered again (epoch ms); 0 if none was killed. */
    long lastReadyMillis() {
        return applied.values().stream()
                .mapToLong(AppliedFault::readyMillis)
                .max()
                .orElse(0);
    }

    List<AppliedFault> applied() {
        return applied.values().stream()
                .sorted(Comparator.comparingInt(fault -> fault.planned().number()))
                .toList();
    }

    /**
     * After the load: waits for the schedule and the restarts to end, starts whatever is still dead
     * (dependencies first), and clears every injected fault of the stack.
     */
    void heal(String stack) {
        try {
            stepsLeft.await();
            CompletableFuture.allOf(restartsUnderWay().toArray(CompletableFuture[]::new))
                    .get(10, TimeUnit.MINUTES);
        } catch (Exception interruptedOrTooLong) {
            throw new LabException("the faults of " + runLabel + " did not end: " + interruptedOrTooLong);
        } finally {
            steps.shutdown();
            killer.shutdown();
            restarts.shutdown();
        }
        List.copyOf(paused).forEach(this::resumeQuietly);
        lab.reviveAll();
        lab.heal(stack);
        history.record(new FaultRecord(
                System.currentTimeMillis(),
                0,
                null,
                stack,
                "heal",
                "every component running and resumed, every injected fault cleared"));
    }

    private synchronized List<CompletableFuture<Void>> restartsUnderWay() {
        return List.copyOf(restartsUnderWay);
    }

    /** Takes a step at an epoch millisecond, or at once when that is past. */
    private void takeAt(long epochMillis, Runnable step) {
        Runnable counted = () -> {
            try {
                step.run();
            } finally {
                stepsLeft.countDown();
            }
        };
        steps.schedule(counted, epochMillis - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
    }

    private void apply(PlannedFault fault) {
        if (fault.kind().stopsComponent()) {
            killer.execute(() -> started(fault, stopComponent(fault)));
        } else {
            started(fault, inject(fault));
        }
    }

    private void lift(PlannedFault fault) {
        switch (fault.kind()) {
            case KILL -> restart(fault);
            case PAUSE -> resume(fault);
            case LATENCY, ERRORS -> clear(fault);
        }
    }

    /** Schedules the end of a fault that started (keeping its planned length when it started late), or gives it up. */
    private void started(PlannedFault fault, long startedAt) {
        if (startedAt > 0) {
            long length = fault.endMillis() - fault.startMillis();
            takeAt(Math.max(runStartMillis + fault.endMillis(), startedAt + length), () -> lift(fault));
        } else {
            stepsLeft.countDown();
            print(applied.get(fault.number()));
        }
    }

    /**
     * A kill or a pause, once the component stopped before is back. Returns when it was applied, 0 if it could not
     * be.
     */
    private long stopComponent(PlannedFault fault) {
        boolean kill = fault.kind() == FaultKind.KILL;
        try {
            lastKilledBack.get(10, TimeUnit.MINUTES);
            long at = System.currentTimeMillis();
            applied.put(fault.number(), new AppliedFault(fault, at, 0, 0, null));
            if (kill) {
                lab.kill(fault.component());
            } else {
                paused.add(fault.component());
                lab.pause(fault.component());
            }
            CompletableFuture<Void> back = new CompletableFuture<>();
            backAfter.put(fault.number(), back);
            lastKilledBack = back;
            record(at, fault, "start", kill ? "SIGKILL" : "SIGSTOP");
            return at;
        } catch (Exception failed) {
            if (!kill) {
                resumeQuietly(fault.component());
            }
            String problem = kill ? AppliedFault.NOT_KILLED : AppliedFault.NOT_APPLIED;
            return failedToStart(fault, problem + ": " + firstLine(failed));
        }
    }

    private void resume(PlannedFault fault) {
        // When it fails, still paused: the heal (or stop) resumes it.
        liftWith(
                fault,
                () -> {
                    lab.resume(fault.component());
                    paused.remove(fault.component());
                },
                "SIGCONT",
                "not resumed");
        back(fault);
    }

    /**
     * When the run failed before its heal: no further step is taken, and whatever was paused is resumed, so that
     * the campaign (or whoever keeps the stack running) never finds a frozen component.
     */
    void stop() {
        steps.shutdownNow();
        killer.shutdownNow();
        List.copyOf(paused).forEach(this::resumeQuietly);
    }

    private void resumeQuietly(String component) {
        try {
            lab.resume(component);
            paused.remove(component);
        } catch (RuntimeException failed) {
            out.printf("  %s could not resume %s: %s%n", runLabel, component, firstLine(failed));
        }
    }

    private long inject(PlannedFault fault) {
        long at = System.currentTimeMillis();
        try {
            new FaultClient(managementUrlOf(fault.app())).set(fault.component(), fault.fault());
            applied.put(fault.number(), new AppliedFault(fault, at, 0, 0, null));
            record(at, fault, "start", fault.fault().describe());
            return at;
        } catch (RuntimeException failed) {
            return failedToStart(fault, AppliedFault.NOT_APPLIED + ": " + firstLine(failed));
        }
    }

    private long failedToStart(PlannedFault fault, String problem) {
        long at = System.currentTimeMillis();
        applied.put(fault.number(), new AppliedFault(fault, at, at, 0, problem));
        record(at, fault, "error", problem);
        return 0;
    }

    private void clear(PlannedFault fault) {
        // When it fails, the app may have been restarted meanwhile, which clears its faults anyway; the heal clears
        // the rest.
        liftWith(
                fault,
                () -> new FaultClient(managementUrlOf(fault.app())).clear(fault.component()),
                "cleared",
                "not cleared");
    }

    /** Lifts a pause or an injection, records how that went, and prints the fault. */
    private void liftWith(PlannedFault fault, Runnable lifting, String done, String notDone) {
        long at = System.currentTimeMillis();
        try {
            lifting.run();
            applied.computeIfPresent(fault.number(), (number, was) -> was.ended(at));
            record(at, fault, "end", done);
        } catch (RuntimeException failed) {
            String problem = notDone + ": " + firstLine(failed);
            applied.computeIfPresent(
                    fault.number(), (number, was) -> was.ended(at).failed(problem));
            record(at, fault, "error", problem);
        }
        print(applied.get(fault.number()));
    }

    private synchronized void restart(PlannedFault fault) {
        long orderedAt = System.currentTimeMillis();
        applied.computeIfPresent(fault.number(), (number, was) -> was.ended(orderedAt));
        record(orderedAt, fault, "end", "restart ordered");
        restartsUnderWay.add(CompletableFuture.runAsync(
                () -> {
                    try {
                        lab.restart(fault.component());
                        long readyAt = System.currentTimeMillis();
                        applied.computeIfPresent(fault.number(), (number, was) -> was.ready(readyAt));
                        record(readyAt, fault, "ready", "answers again");
                    } catch (RuntimeException failed) {
                        applied.computeIfPresent(
                                fault.number(), (number, was) -> was.failed("restart failed: " + firstLine(failed)));
                        record(
                                System.currentTimeMillis(),
                                fault,
                                "error",
                                "restart failed (the heal starts it again): " + firstLine(failed));
                    }
                    print(applied.get(fault.number()));
                    back(fault);
                },
                restarts));
    }

    /** The component killed or paused is back (or will not be): the next kill or pause may go ahead. */
    private void back(PlannedFault fault) {
        backAfter
                .getOrDefault(fault.number(), CompletableFuture.completedFuture(null))
                .complete(null);
    }

    private void record(long atMillis, PlannedFault fault, String event, String detail) {
        history.record(new FaultRecord(atMillis, fault.number(), fault.kind(), target(fault), event, detail));
    }

    private String managementUrlOf(String app) {
        return lab.state()
                .find(app)
                .map(running -> running.component().app().managementUrl())
                .orElseThrow(() -> new LabException(app + " is not part of the running stack"));
    }

    private void print(AppliedFault fault) {
        PlannedFault planned = fault.planned();
        String times = planned.kind() == FaultKind.KILL
                ? "killed at " + at(fault.startMillis()) + ", restart ordered at " + at(fault.endMillis())
                        + ", ready at "
                        + (fault.readyMillis() > 0
                                ? at(fault.readyMillis())
                                        + String.format(
                                                Locale.ROOT,
                                                " (%.1f s to start)",
                                                (fault.readyMillis() - fault.endMillis()) / 1000.0)
                                : "–")
                : "from " + at(fault.startMillis()) + " to " + at(fault.endMillis());
        out.printf(
                "  %s fault %d/%d %-42s %s%s%n",
                runLabel,
                planned.number(),
                faultCount,
                planned.label(),
                times,
                fault.problem() == null ? "" : "  !! " + fault.problem());
    }

    private String at(long epochMillis) {
        return epochMillis <= 0 ? "–" : String.format(Locale.ROOT, "%.1f s", (epochMillis - runStartMillis) / 1000.0);
    }

    private static String target(PlannedFault fault) {
        return fault.kind().stopsComponent() ? fault.component() : fault.app() + "/" + fault.component();
    }

    private static String firstLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
