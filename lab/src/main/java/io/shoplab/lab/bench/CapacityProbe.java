package io.shoplab.lab.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import io.shoplab.lab.load.GatlingLoad;

/**
 * A stack's capacity at the service level, found the benchmark's way: a closed-loop warm-up until its throughput
 * stops rising, then rates rising by a tenth from below that throughput until a step breaks the service level.
 * The benchmark uses it on each fresh stack; {@code scale-catalog} on each configuration of nodes.
 */
public final class CapacityProbe {

    private final BenchSettings settings;
    private final PrintStream out;
    private final WarmUp warmUp;
    final CapacitySearch search;

    public CapacityProbe(GatlingLoad gatling, BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
        this.warmUp = new WarmUp(gatling, settings.requestTimeout());
        this.search = new CapacitySearch(gatling, settings.serviceLevel(), settings.requestTimeout());
    }

    /**
     * Warms the stack up on one scenario until its throughput stops rising and {@code settledToo} answers true (asked
     * as each window closes; {@link WarmUp#THROUGHPUT_ALONE} when nothing else need settle), for {@code limit} at most,
     * and says how it went.
     *
     * @param baseUrls the entrances, taken in turn
     * @return what the warm stack answered per second with {@link WarmUp#IN_FLIGHT} requests in flight
     */
    public double warmUp(
            List<String> baseUrls, Scenario scenario, Duration limit, BooleanSupplier settledToo, Path directory) {
        return warmUpFor(baseUrls, scenario, limit, settledToo, directory).throughput();
    }

    /**
     * A short closed loop of {@link WarmUp#FEW_IN_FLIGHT} requests in flight on a warm stack: what it answers per second
     * at its own pace, without the queue that would make a slow node's answers time out. A search starts from it.
     */
    public double pace(List<String> baseUrls, Scenario scenario, Duration limit, Path directory) {
        return closedLoop(baseUrls, scenario, WarmUp.FEW_IN_FLIGHT, limit, WarmUp.THROUGHPUT_ALONE, directory)
                .throughput();
    }

    WarmUp.Result warmUpFor(
            List<String> baseUrls, Scenario scenario, Duration limit, BooleanSupplier settledToo, Path directory) {
        return closedLoop(baseUrls, scenario, WarmUp.IN_FLIGHT, limit, settledToo, directory);
    }

    private WarmUp.Result closedLoop(
            List<String> baseUrls,
            Scenario scenario,
            int inFlight,
            Duration limit,
            BooleanSupplier settledToo,
            Path directory) {
        out.printf(
                "  warm-up, %s, %d in flight, healthy answers per second every %d s:",
                scenario.title(), inFlight, WarmUp.window(limit).toSeconds());
        WarmUp.Result result = warmUp.run(
                baseUrls, scenario, inFlight, limit, directory, settledToo, rate -> out.print(" " + format(rate)));
        out.printf(
                "%n  warm-up, %s: %s after %d s%n",
                scenario.title(),
                result.settled() ? "levelled off" : "not settled yet (the limit)",
                result.took().toSeconds());
        return result;
    }

    /**
     * The steps offered, rising by a tenth until one broke the service level, from {@link BenchSettings#FINE_START_SHARE}
     * of an estimate at or above the capacity (a warm closed loop's throughput, or a capacity found before); again from
     * half as high when the first step broke it.
     */
    public List<ServiceLevel.Step> search(
            List<String> baseUrls, Scenario scenario, double estimate, Path directory, StepListener listener) {
        return searchFrom(baseUrls, scenario, BenchSettings.FINE_START_SHARE * estimate, directory, listener);
    }

    /**
     * The same from a first rate expected to be served (the {@link #pace} of a loop of few requests, which serves below
     * the capacity); again from half as high when it was not.
     */
    public List<ServiceLevel.Step> searchFrom(
            List<String> baseUrls, Scenario scenario, double firstRate, Path directory, StepListener listener) {
        double from = Math.max(1, Math.min(firstRate, settings.maxRate() / 2));
        List<ServiceLevel.Step> steps = run(baseUrls, scenario, from, directory.resolve("search"), listener);
        if (steps.size() == 1 && !steps.get(0).served()) {
            CapacitySearch.drain();
            steps = run(baseUrls, scenario, from / 2, directory.resolve("search-lower"), listener);
        }
        return steps;
    }

    private List<ServiceLevel.Step> run(
            List<String> baseUrls, Scenario scenario, double from, Path directory, StepListener listener) {
        return search.run(
                baseUrls, scenario, settings.rates(from), settings.stepFrom(from), directory, (step, generator) -> {
                    out.printf(
                            "  %s at %s/s: %s%n",
                            scenario.title(),
                            format(step.rate()),
                            step.served() ? "served (p99 " + step.p99Millis() + " ms)" : step.broken());
                    listener.judged(step, generator);
                });
    }

    /** The highest rate served before the first step that was not. */
    public static double capacity(List<ServiceLevel.Step> steps) {
        return steps.stream()
                .takeWhile(ServiceLevel.Step::served)
                .mapToDouble(ServiceLevel.Step::rate)
                .reduce(0, (previous, rate) -> rate);
    }

    static String format(double rate) {
        return String.format(Locale.ROOT, rate >= 100 ? "%.0f" : "%.1f", rate);
    }

    /** Told each step once it is judged, with the load generator's process, so that a caller can sample what each process used in it. */
    @FunctionalInterface
    public interface StepListener {
        void judged(ServiceLevel.Step step, long loadGeneratorPid);
    }
}
