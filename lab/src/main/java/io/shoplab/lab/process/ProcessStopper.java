package io.shoplab.lab.process;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Ends processes the lab recorded, and only those, with every process they started: through the JDK's
 * {@link ProcessHandle} alone, so it needs no process group to signal.
 */
public final class ProcessStopper {

    private static final Duration KILL_GRACE = Duration.ofSeconds(5);

    private ProcessStopper() {}

    /**
     * SIGTERM to the leader, whose own shutdown ends the others (the PostgreSQL wrapper stops its postmaster with a
     * fast shutdown: PostgreSQL's backends are never to be signalled one by one); to the others only when the leader
     * is already gone. Once those have ended, SIGTERM to whatever they started and left behind (a shell's children).
     * Whatever is still there when the grace period is over is SIGKILLed.
     */
    public static void stop(ProcessRef leader, List<ProcessRef> others, Duration grace) {
        Instant deadline = Instant.now().plus(grace);
        List<ProcessHandle> tree =
                treeOf(Stream.concat(Stream.of(leader), others.stream()).toList());
        List<ProcessHandle> signalled = liveHandles(leader.isAlive() ? List.of(leader) : others);
        signalled.forEach(ProcessHandle::destroy);
        if (awaitEnd(signalled, deadline)) {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
        }
        if (!awaitEnd(tree, deadline)) {
            killAll(tree);
        }
    }

    /**
     * SIGKILL to each and to its descendants, as a crash would: a PostgreSQL postmaster killed alone leaves backends
     * that hold its shared memory and block the next start. The tree is stopped (SIGSTOP) before it is listed for the
     * kill: a child forked between the listing and the kill (a backend for a new connection) would outlive its parent,
     * re-parented out of reach, and did block a restart.
     */
    public static void kill(List<ProcessRef> processes) {
        ProcessFreezer.pause(processes);
        killAll(treeOf(processes));
    }

    private static void killAll(List<ProcessHandle> tree) {
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitEnd(tree, Instant.now().plus(KILL_GRACE));
    }

    /**
     * The live ones with all their descendants, listed before any is signalled: a process whose parent has ended is
     * re-parented, out of reach of {@link ProcessHandle#descendants()}.
     */
    private static List<ProcessHandle> treeOf(List<ProcessRef> processes) {
        return liveHandles(processes).stream()
                .flatMap(handle -> Stream.concat(Stream.of(handle), handle.descendants()))
                .distinct()
                .toList();
    }

    private static List<ProcessHandle> liveHandles(List<ProcessRef> processes) {
        return processes.stream().flatMap(process -> process.handle().stream()).toList();
    }

    /**
     * True if all have ended by the deadline, reaped by their parents: a zombie still holds its PID, which a restarted
     * PostgreSQL finds in its {@code postmaster.pid} and takes for a server still running.
     */
    private static boolean awaitEnd(List<ProcessHandle> processes, Instant deadline) {
        CompletableFuture<?>[] exits =
                processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits)
                    .get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
