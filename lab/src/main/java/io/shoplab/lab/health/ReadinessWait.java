package io.shoplab.lab.health;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.shoplab.lab.LabException;
import io.shoplab.lab.Polling;
import io.shoplab.lab.process.ProcessRef;

/**
 * Polls starting components until all are ready, telling the user which are up and how long it has
 * been waiting, and failing with the log tail of whatever ended or was still not ready at the deadline.
 */
public final class ReadinessWait {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int LOG_TAIL_LINES = 30;

    private final PrintStream out;
    private final Instant deadline;

    public ReadinessWait(PrintStream out, Instant deadline) {
        this.out = out;
        this.deadline = deadline;
    }

    /** A launched component to wait for. */
    public record Pending(String name, ProcessRef process, String healthTarget, Path logFile) {}

    /**
     * Returns, per name, how long each took from this call, once every health target answers {@link Health#UP}.
     *
     * @throws LabException with the log's tail when a process ends or the deadline passes first
     */
    public Map<String, Duration> awaitAll(List<Pending> components) {
        WaitProgress progress = new WaitProgress();
        Map<String, Duration> ready = new LinkedHashMap<>();
        List<Pending> waiting = new ArrayList<>(components);
        Map<String, Health> answers = new LinkedHashMap<>();
        boolean allUp = Polling.until(
                () -> {
                    answers.clear();
                    for (Pending pending : List.copyOf(waiting)) {
                        Health health = HealthProbe.check(pending.healthTarget());
                        if (health == Health.UP) {
                            Duration took = progress.elapsed();
                            ready.put(pending.name(), took);
                            waiting.remove(pending);
                            out.printf("%s is UP after %d s%n", pending.name(), took.toSeconds());
                        } else if (!pending.process().isAlive()) {
                            throw failure(
                                    pending.name() + " (pid "
                                            + pending.process().pid() + ") ended before it was ready",
                                    List.of(pending.logFile()));
                        } else {
                            answers.put(pending.name(), health);
                        }
                    }
                    if (!waiting.isEmpty() && progress.due()) {
                        out.printf(
                                "  %d s: %swaiting for %s%n",
                                progress.seconds(),
                                ready.isEmpty() ? "" : "up " + String.join(", ", ready.keySet()) + "; ",
                                describe(answers));
                    }
                    return waiting.isEmpty();
                },
                POLL_INTERVAL,
                deadline);
        if (!allUp) {
            throw failure(
                    "not ready in time: " + describe(answers) + "; still running, `shoplab down` stops them",
                    waiting.stream().map(Pending::logFile).toList());
        }
        return ready;
    }

    /** Grouped by answer, which keeps five services on one short line: "catalog-service, reviews-service (UNREACHABLE)". */
    public static String describe(Map<String, ?> answers) {
        Map<?, List<String>> byAnswer = answers.entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue,
                        LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        return byAnswer.entrySet().stream()
                .map(entry -> String.join(", ", entry.getValue()) + " (" + entry.getKey() + ")")
                .collect(Collectors.joining("; "));
    }

    /** The message, then the last lines of each log named. */
    public static LabException failure(String message, List<Path> logFiles) {
        StringBuilder text = new StringBuilder(message);
        int lines = Math.max(10, LOG_TAIL_LINES / Math.max(1, logFiles.size()));
        for (Path logFile : logFiles) {
            text.append("\n--- last lines of ").append(logFile).append(" ---\n").append(tail(logFile, lines));
        }
        return new LabException(text.toString());
    }

    private static String tail(Path logFile, int lines) {
        try {
            // Latin-1 never fails to decode, whatever a crashing process wrote.
            List<String> all = Files.readAllLines(logFile, StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }
}
