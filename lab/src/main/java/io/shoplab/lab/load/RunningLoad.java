package io.shoplab.lab.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.shoplab.lab.LabException;
import io.shoplab.lab.Polling;
import io.shoplab.lab.measure.RequestEventsCsv;

/**
 * A Gatling process under way, and the files it writes: one line per request ({@code events.csv}),
 * the customer ids it used ({@code customers.txt}), its HTML report and its log.
 */
public record RunningLoad(Process process, Path eventsFile, Path customersFile, Path resultsDirectory, Path log) {

    private static final Duration POLL = Duration.ofMillis(100);

    /**
     * The moment of the first answer: the experiment's clock starts there, not at the process start,
     * so the JVM's start-up does not eat into the first phase.
     */
    public Instant awaitFirstRequest(Duration timeout) {
        Optional<Instant> first = Polling.firstAnswer(
                () -> {
                    Optional<Instant> answered = firstEventTime();
                    if (answered.isEmpty() && !process.isAlive()) {
                        throw new LabException("Gatling stopped before its first request; see " + log);
                    }
                    return answered;
                },
                POLL,
                Instant.now().plus(timeout));
        if (first.isEmpty()) {
            process.destroyForcibly();
            throw new LabException("Gatling sent no request within " + timeout.toSeconds() + " s; see " + log);
        }
        return first.get();
    }

    /**
     * Ends a run cut short: SIGTERM, 30 s to write its results, then SIGKILL. Never fails, so that it can end
     * a run in a {@code finally} without hiding why the run was cut (a starved JVM can take that long to stop).
     */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for Gatling to finish (it stops by itself); stops it after {@code timeout}. Returns its exit code. */
    public int await(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new LabException("Gatling did not stop within " + timeout.toSeconds() + " s; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LabException("interrupted while waiting for Gatling");
        }
    }

    public List<String> customers() {
        try {
            return Files.exists(customersFile)
                    ? Files.readAllLines(customersFile).stream()
                            .filter(line -> !line.isBlank())
                            .distinct()
                            .toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gatling's HTML report of this run (its results directory was emptied before it started). */
    public Optional<Path> htmlReport() {
        return GatlingRun.newestReport(resultsDirectory, "");
    }

    private Optional<Instant> firstEventTime() {
        if (!Files.exists(eventsFile)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(eventsFile)) {
            return lines.map(RequestEventsCsv::parse)
                    .flatMap(Optional::stream)
                    .findFirst()
                    .map(event -> Instant.ofEpochMilli(event.epochMillis() - event.responseMillis()));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
