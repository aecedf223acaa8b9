package io.shoplab.lab.process;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/** Ends processes the lab recorded, and only those (plus the children they spawned). */
public final class ProcessStopper {

    private static final Duration KILL_GRACE = Duration.ofSeconds(5);

    private ProcessStopper() {
    }

    /**
     * SIGTERM to the leader, whose own shutdown ends the others (the PostgreSQL wrapper stops its
     * postmaster with a fast shutdown); to the others only when the leader is already gone. Waits
     * up to the grace period for all of them, then SIGKILLs what is left.
     */
    public static void stop(ProcessRef leader, List<ProcessRef> others, Duration grace) {
        List<ProcessRef> all = Stream.concat(Stream.of(leader), others.stream()).toList();
        List<ProcessHandle> live = liveHandles(all);
        liveHandles(leader.isAlive() ? List.of(leader) : others).forEach(ProcessHandle::destroy);
        if (!awaitEnd(live, grace)) {
            kill(all);
        }
    }

    /**
     * SIGKILL to each and to its descendants, as a crash would: a PostgreSQL postmaster killed
     * alone leaves backends that hold its shared memory and block the next start.
     */
    public static void kill(List<ProcessRef> processes) {
        List<ProcessHandle> targets = liveHandles(processes).stream()
                .flatMap(handle -> Stream.concat(Stream.of(handle), handle.descendants()))
                .toList();
        targets.forEach(ProcessHandle::destroyForcibly);
        awaitEnd(targets, KILL_GRACE);
    }

    private static List<ProcessHandle> liveHandles(List<ProcessRef> processes) {
        return processes.stream().flatMap(process -> process.handle().stream()).toList();
    }

    /** True if all ended within the time given. */
    private static boolean awaitEnd(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
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
