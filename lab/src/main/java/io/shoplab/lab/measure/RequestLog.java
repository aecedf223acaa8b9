package io.shoplab.lab.measure;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The request events of one run, placed in seconds relative to the run's start; the source of its
 * {@link Timeline} and {@link Summary summaries}. Events before the start are left out.
 */
public final class RequestLog {

    private final Instant start;
    private final List<RequestEvent> events;

    private RequestLog(Instant start, List<RequestEvent> events) {
        this.start = start;
        this.events = events.stream()
                .filter(event -> event.epochMillis() >= start.toEpochMilli())
                .sorted(Comparator.comparingLong(RequestEvent::epochMillis))
                .toList();
    }

    public static RequestLog of(List<RequestEvent> events, Instant start) {
        return new RequestLog(start, events);
    }

    /** Reads the simulation's events file; see {@link RequestEventsCsv}. */
    public static RequestLog read(Path eventsFile, Instant start) {
        return new RequestLog(start, RequestEventsCsv.read(eventsFile));
    }

    /** Seconds from the start up to and including the last event's second. */
    public long lastSecond() {
        return events.isEmpty() ? -1 : secondOf(events.get(events.size() - 1));
    }

    /** Seconds 0 to the last event's. */
    public Timeline timeline() {
        return timeline(lastSecond() + 1);
    }

    /** Exactly {@code length} seconds, so that a run whose end was an outage still shows that outage. */
    public Timeline timeline(long length) {
        Map<Long, List<RequestEvent>> perSecond = events.stream().collect(Collectors.groupingBy(this::secondOf));
        List<SecondBucket> buckets = LongStream.range(0, length)
                .mapToObj(second ->
                        SecondBucket.of(second, RequestStats.of(perSecond.getOrDefault(second, List.of()), 1)))
                .toList();
        return new Timeline(start, buckets);
    }

    /** The whole run, from second 0 to the last event's. */
    public Summary summary() {
        return summary(new Window(0, Math.max(1, lastSecond() + 1)));
    }

    public Summary summary(Window window) {
        List<RequestEvent> inside = events.stream()
                .filter(event -> window.contains(secondOf(event)))
                .toList();
        Map<String, RequestStats> byRequest = inside.stream()
                .collect(Collectors.groupingBy(
                        RequestEvent::request,
                        TreeMap::new,
                        Collectors.collectingAndThen(
                                Collectors.toList(), named -> RequestStats.of(named, window.seconds()))));
        return new Summary(window, RequestStats.of(inside, window.seconds()), byRequest);
    }

    private long secondOf(RequestEvent event) {
        return (event.epochMillis() - start.toEpochMilli()) / 1000;
    }
}
