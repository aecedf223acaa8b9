package io.shoplab.lab.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import io.shoplab.lab.LabException;
import io.shoplab.lab.faults.FaultClient;
import io.shoplab.lab.health.Probes;
import io.shoplab.lab.stack.StackPart;

/**
 * Asks one running app, in the background, what the watch shows of it: health, metrics, faults in
 * force. A new asking starts only once the last is done, so a slow or frozen app holds one asking, not
 * one per second; the watch reads the latest answer and treats one too old as no answer. The asking
 * runs on one thread at a time (the next starts after the last ended), so its fields need no lock.
 */
final class AppProbe {

    private final StackPart.App app;
    /** Short, so that a frozen or dying app holds a probe no longer than that. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Instant startedAt;
    private final LatestAnswer<Answer> latest = new LatestAnswer<>();
    private Scrape lastScrape;
    private Instant lastScrapeAt;

    /** @param startedAt the start of the app this probe asks; a restarted app gets a new probe */
    AppProbe(StackPart.App app, Instant startedAt) {
        this.app = app;
        this.startedAt = startedAt;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** Starts an asking unless one is under way. */
    void askIfIdle(Executor executor) {
        latest.askIfIdle(executor, () -> ask(executor));
    }

    /** The latest answer if it is no older than {@code maxAge}. */
    Optional<Answer> answer(Instant now, Duration maxAge) {
        return latest.fresh(now, maxAge);
    }

    private Answer ask(Executor executor) {
        CompletableFuture<Optional<String>> health = CompletableFuture.supplyAsync(
                () -> Probes.get(app.managementUrl() + "/actuator/health", "application/json", PROBE_TIMEOUT),
                executor);
        CompletableFuture<Optional<String>> metrics = CompletableFuture.supplyAsync(
                () -> Probes.get(app.managementUrl() + "/actuator/prometheus", "text/plain", PROBE_TIMEOUT), executor);
        CompletableFuture<List<String>> faults = app.faults()
                ? CompletableFuture.supplyAsync(this::faultsInForce, executor)
                : CompletableFuture.completedFuture(List.of());
        Optional<Scrape> scrape = metrics.join().map(Scrape::parse);
        return new Answer(health.join().isPresent(), scrape, faults.join(), rates(scrape, Instant.now()));
    }

    /** Per second since the previous scrape; none for the first one (or after a scrape that failed). */
    private Rates rates(Optional<Scrape> scrape, Instant at) {
        Rates rates = scrape.isPresent() && lastScrape != null
                ? Rates.between(
                        lastScrape,
                        scrape.get(),
                        Math.max(0.001, Duration.between(lastScrapeAt, at).toMillis() / 1000.0))
                : Rates.NONE;
        lastScrape = scrape.orElse(null);
        lastScrapeAt = at;
        return rates;
    }

    private List<String> faultsInForce() {
        try {
            List<String> faults = new ArrayList<>();
            new FaultClient(app.managementUrl())
                    .inForce()
                    .forEach((component, fault) -> faults.add(component + " " + fault.describe()));
            return faults;
        } catch (LabException notAnswering) {
            return List.of();
        }
    }

    /**
     * @param healthy whether its health endpoint said 200 (UP)
     * @param scrape its metrics; empty when they did not come
     * @param rates per second since the scrape before
     */
    record Answer(boolean healthy, Optional<Scrape> scrape, List<String> faults, Rates rates) {}
}
