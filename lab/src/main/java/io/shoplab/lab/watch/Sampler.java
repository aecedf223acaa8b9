package io.shoplab.lab.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.shoplab.lab.health.Probes;
import io.shoplab.lab.process.OsProcesses;
import io.shoplab.lab.process.ProcessReading;
import io.shoplab.lab.stack.LabJournal;
import io.shoplab.lab.stack.Stacks;

/**
 * Takes one {@link Second} at a time, without waiting on any app: each app and Eureka are asked in the
 * background ({@link AppProbe}), and a second shows their latest answers, an app whose answer is older
 * than {@link #STALE} as not answering. Not thread-safe: one thread takes the seconds.
 */
final class Sampler implements AutoCloseable {

    /** An answer older than this is no answer: the app is not answering. */
    private static final Duration STALE = Duration.ofSeconds(3);
    /** An app that has not been healthy this long since its start is not starting any more, it is in trouble. */
    private static final Duration LONGEST_START = Duration.ofMinutes(5);

    /** Where a stack's requests are counted: the front door, so that calls between services do not count twice. */
    private static final List<String> ENTRY_POINTS = List.of(Stacks.MONOLITH, Stacks.GATEWAY);
    /** Where product pages are assembled, and so counted as degraded. */
    private static final List<String> PRODUCT_PAGES = List.of(Stacks.MONOLITH, "catalog-service");

    private final PartsSource source;
    private final LabJournal journal;
    private final ExecutorService probes = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "watch-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final OsProcesses processes = OsProcesses.system();
    private final Map<String, AppProbe> appProbes = new HashMap<>();
    private final LatestAnswer<Map<String, List<String>>> eurekaView = new LatestAnswer<>();
    private final Map<Long, Double> lastCpuSeconds = new HashMap<>();
    /** The start (by its time) in which each app was seen healthy: unhealthy later is degraded, not starting. */
    private final Map<String, Instant> seenUp = new HashMap<>();

    private Map<String, Second.Part> lastParts = Map.of();
    private Instant lastAt;
    private long journalOffset;

    Sampler(PartsSource source, LabJournal journal) {
        this.source = source;
        this.journal = journal;
        this.journalOffset = journal.since(0).nextOffset();
    }

    Second take() {
        Instant now = Instant.now();
        double seconds = lastAt == null
                ? 1
                : Math.max(0.001, Duration.between(lastAt, now).toMillis() / 1000.0);
        List<WatchedPart> parts = source.parts();
        Map<String, Second.Part> views = new LinkedHashMap<>();
        Map<String, List<Rates>> entryRates = new HashMap<>();
        Map<String, List<Rates>> pageRates = new HashMap<>();
        Map<String, List<String>> eureka = Map.of();
        for (WatchedPart part : parts) {
            Optional<AppProbe.Answer> answer = answerOf(part, now);
            Rates rates = answer.map(AppProbe.Answer::rates).orElse(Rates.NONE);
            if (part.app() != null && ENTRY_POINTS.contains(part.app().service())) {
                entryRates
                        .computeIfAbsent(part.stack(), stack -> new ArrayList<>())
                        .add(rates);
            }
            if (part.app() != null && PRODUCT_PAGES.contains(part.app().service())) {
                pageRates
                        .computeIfAbsent(part.stack(), stack -> new ArrayList<>())
                        .add(rates);
            }
            if (part.app() != null && part.alive() && part.app().service().equals(Stacks.DISCOVERY)) {
                String apps = part.app().baseUrl() + "/eureka/apps";
                eurekaView.askIfIdle(
                        probes,
                        () -> Probes.get(apps, "application/json", AppProbe.PROBE_TIMEOUT)
                                .map(EurekaView::parse)
                                .orElse(Map.of()));
                eureka = eurekaView.fresh(now, STALE).orElse(Map.of());
            }
            views.put(part.name(), view(part, answer, seconds, now));
        }
        List<Second.Traffic> traffic = List.of(
                traffic(Stacks.MONOLITH, entryRates, pageRates), traffic(Stacks.MICROSERVICES, entryRates, pageRates));
        Second second = new Second(now.toEpochMilli(), traffic, List.copyOf(views.values()), eureka, marks(views, now));
        lastParts = views;
        lastAt = now;
        return second;
    }

    @Override
    public void close() {
        probes.shutdownNow();
    }

    /** The app's probe (a new one after a restart) asked again; its answer if a fresh one came. */
    private Optional<AppProbe.Answer> answerOf(WatchedPart part, Instant now) {
        if (part.app() == null || !part.alive() || part.paused()) {
            appProbes.remove(part.name());
            return Optional.empty();
        }
        AppProbe probe = appProbes.get(part.name());
        if (probe == null || !probe.startedAt().equals(part.startedAt())) {
            probe = new AppProbe(part.app(), part.startedAt());
            appProbes.put(part.name(), probe);
        }
        probe.askIfIdle(probes);
        return probe.answer(now, STALE);
    }

    private Second.Part view(WatchedPart part, Optional<AppProbe.Answer> answer, double seconds, Instant now) {
        Map<String, String> breakers =
                answer.flatMap(AppProbe.Answer::scrape).map(Scrape::breakers).orElse(Map.of());
        Map<String, String> bulkheads =
                answer.flatMap(AppProbe.Answer::scrape).map(Scrape::bulkheads).orElse(Map.of());
        List<String> faults = part.paused()
                ? List.of("frozen (paused)")
                : answer.map(AppProbe.Answer::faults).orElse(List.of());
        boolean healthy = answer.map(AppProbe.Answer::healthy).orElse(false);
        OptionalLong pid = part.pid();
        Optional<ProcessReading> reading = pid.isPresent() ? processes.read(pid.getAsLong()) : Optional.empty();
        Double cpuPercent = reading.map(found -> cpuPercent(pid.getAsLong(), found.cpuSeconds(), seconds))
                .orElse(null);
        Long rssMib = reading.map(found -> found.residentKib() / 1024).orElse(null);
        return new Second.Part(
                part.name(),
                part.stack(),
                state(part, healthy, faults, breakers, now),
                cpuPercent,
                rssMib,
                faults,
                breakers,
                bulkheads);
    }

    private String state(
            WatchedPart part, boolean healthy, List<String> faults, Map<String, String> breakers, Instant now) {
        if (!part.alive()) {
            return "down";
        }
        if (part.paused()) {
            return "degraded";
        }
        if (part.app() == null) {
            return "up";
        }
        if (healthy) {
            seenUp.put(part.name(), part.startedAt());
            boolean breakerNotClosed = breakers.values().stream().anyMatch(state -> !state.equals("closed"));
            return faults.isEmpty() && !breakerNotClosed ? "up" : "degraded";
        }
        boolean wasUp = part.startedAt().equals(seenUp.get(part.name()));
        return wasUp || Duration.between(part.startedAt(), now).compareTo(LONGEST_START) > 0 ? "degraded" : "starting";
    }

    /** Of one core, since the last second; null the first time the PID is seen. */
    private Double cpuPercent(long pid, double cpuSeconds, double seconds) {
        Double before = lastCpuSeconds.put(pid, cpuSeconds);
        return before == null ? null : Math.max(0, cpuSeconds - before) / seconds * 100;
    }

    private static Second.Traffic traffic(
            String stack, Map<String, List<Rates>> entryRates, Map<String, List<Rates>> pageRates) {
        Rates entry = Rates.sum(entryRates.getOrDefault(stack, List.of()));
        Rates pages = Rates.sum(pageRates.getOrDefault(stack, List.of()));
        return new Second.Traffic(
                stack,
                entry.requests(),
                entry.failed(),
                pages.degraded(),
                boxed(entry.percentileMillis(0.5)),
                boxed(entry.percentileMillis(0.99)));
    }

    /** What was done by hand since the last second, then what changed: states and faults. */
    private List<Second.Mark> marks(Map<String, Second.Part> views, Instant now) {
        List<Second.Mark> marks = new ArrayList<>();
        LabJournal.Entries entries = journal.since(journalOffset);
        journalOffset = entries.nextOffset();
        entries.entries().forEach(entry -> marks.add(new Second.Mark(entry.at().toEpochMilli(), entry.what(), true)));
        if (lastAt == null) {
            return marks;
        }
        views.values().forEach(part -> {
            Second.Part before = lastParts.get(part.name());
            if (before == null || !before.state().equals(part.state())) {
                marks.add(new Second.Mark(now.toEpochMilli(), part.name() + " " + part.state(), false));
            }
            if (before != null && !before.faults().equals(part.faults())) {
                String faults = part.faults().isEmpty() ? "no fault" : String.join("; ", part.faults());
                marks.add(new Second.Mark(now.toEpochMilli(), part.name() + ": " + faults, false));
            }
        });
        return marks;
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
