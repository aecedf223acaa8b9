package io.shoplab.lab.measure;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.shoplab.lab.process.OsProcesses;

/**
 * Samples CPU time and resident memory of named processes once a second on a daemon thread, in
 * seconds aligned with a run's start (samples are taken half-way through each second, so that
 * timer jitter never puts two in one second). It stops by itself after {@code maxDuration}, so a
 * forgotten sampler cannot run on. A process that ends is recorded as gone; a restarted component
 * is watched again under its name with the new PID.
 */
public final class ProcessSampler implements AutoCloseable {

    private final Instant start;
    private final Instant deadline;
    private final OsProcesses processes = OsProcesses.system();
    private final Map<String, WatchedProcess> watched = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "process-sampler");
        thread.setDaemon(true);
        return thread;
    });

    private ProcessSampler(Instant start, Duration maxDuration) {
        this.start = start;
        this.deadline = Instant.now().plus(maxDuration);
    }

    /** Starts sampling; second 0 begins at {@code start} (the run's start, as for its {@link Timeline}). */
    public static ProcessSampler start(Instant start, Duration maxDuration) {
        ProcessSampler sampler = new ProcessSampler(start, maxDuration);
        long untilMidSecond = Math.floorMod(500 - (Instant.now().toEpochMilli() - start.toEpochMilli()), 1000);
        sampler.timer.scheduleAtFixedRate(sampler::tick, untilMidSecond, 1000, TimeUnit.MILLISECONDS);
        return sampler;
    }

    /** Watches {@code pid} as {@code name}; for a name already watched, this is its restart with a new PID. */
    public synchronized ProcessSampler watch(String name, long pid) {
        watched.computeIfAbsent(name, WatchedProcess::new).follow(pid, secondNow(), processes);
        return this;
    }

    public boolean isRunning() {
        return !timer.isShutdown();
    }

    /** What has been sampled so far; sampling goes on. */
    public synchronized ResourceUsage usage() {
        return ResourceUsage.of(
                watched.values().stream().map(WatchedProcess::usage).toList());
    }

    /** Stops sampling and returns what was sampled. */
    public ResourceUsage stop() {
        timer.shutdownNow();
        return usage();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private synchronized void tick() {
        if (Instant.now().isAfter(deadline)) {
            timer.shutdown();
            return;
        }
        long second = secondNow();
        watched.values().forEach(process -> process.sample(second, processes));
    }

    private long secondNow() {
        return Math.floorDiv(Instant.now().toEpochMilli() - start.toEpochMilli(), 1000);
    }
}
