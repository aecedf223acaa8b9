package io.shoplab.lab.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineTest {

    private static final long START = 1_700_000_000_000L;

    /**
     * Second 0: 100 good answers of 1..100 ms; second 1: 4 good (100 ms) and one 500;
     * second 2: silence; second 3: two requests without answer (status 0, 1 s). One event before the start.
     */
    private static RequestLog syntheticRun(Path directory) throws IOException {
        StringBuilder csv = new StringBuilder("epochMillis,request,status,responseMillis,ok\n");
        csv.append(START - 5).append(",browse,200,1,true\n");
        for (int millis = 1; millis <= 100; millis++) {
            csv.append(START + millis * 9).append(",browse,200,").append(millis).append(",true\n");
        }
        for (int i = 0; i < 4; i++) {
            csv.append(START + 1000 + i * 100).append(",order,201,100,true\n");
        }
        csv.append(START + 1900).append(",order,500,5,false\n");
        csv.append(START + 3000).append(",browse,0,1000,false\n");
        csv.append(START + 3999).append(",order,0,1000,false\n");
        return RequestLog.read(Files.writeString(directory.resolve("events.csv"), csv), Instant.ofEpochMilli(START));
    }

    @Test
    void bucketsEverySecondIncludingSilentOnes(@TempDir Path directory) throws IOException {
        Timeline timeline = syntheticRun(directory).timeline();

        assertThat(timeline.length()).isEqualTo(4);
        assertThat(timeline.seconds()).extracting(SecondBucket::requests).containsExactly(100L, 5L, 0L, 2L);
        assertThat(timeline.seconds()).extracting(SecondBucket::failed).containsExactly(0L, 1L, 0L, 2L);
        assertThat(timeline.at(0).all()).isEqualTo(new Latency(50, 95, 99, 100));
        assertThat(timeline.at(1).okOnly()).isEqualTo(new Latency(100, 100, 100, 100));
        assertThat(timeline.at(1).all().p50()).isEqualTo(100);
        assertThat(timeline.at(1).failureRate()).isEqualTo(0.2);
        assertThat(timeline.at(2).all()).isEqualTo(Latency.NONE);
        assertThat(timeline.at(3).okOnly()).isEqualTo(Latency.NONE);
    }

    @Test
    void padsTheTimelineToTheRunsLengthSoATrailingOutageShows(@TempDir Path directory) throws IOException {
        Timeline timeline = syntheticRun(directory).timeline(6);

        assertThat(timeline.length()).isEqualTo(6);
        assertThat(timeline.at(5).requests()).isZero();
        assertThat(timeline.secondOf(Instant.ofEpochMilli(START + 2500))).isEqualTo(2);
    }

    @Test
    void summarisesAWindowInTotalAndPerRequest(@TempDir Path directory) throws IOException {
        Summary summary = syntheticRun(directory).summary();

        assertThat(summary.window()).isEqualTo(new Window(0, 4));
        assertThat(summary.total().count()).isEqualTo(107);
        assertThat(summary.total().failures()).isEqualTo(3);
        assertThat(summary.total().failurePercent()).isCloseTo(300.0 / 107, within(1e-9));
        assertThat(summary.total().throughput()).isEqualTo(107 / 4.0);
        assertThat(summary.total().okThroughput()).isEqualTo(104 / 4.0);
        assertThat(summary.total().all().max()).isEqualTo(1000);
        assertThat(summary.byRequest()).containsOnlyKeys("browse", "order");
        assertThat(summary.byRequest().get("order").count()).isEqualTo(6);
        assertThat(summary.byRequest().get("order").okOnly().p99()).isEqualTo(100);
    }

    @Test
    void summarisesOnlyTheSecondsOfTheWindow(@TempDir Path directory) throws IOException {
        Summary summary = syntheticRun(directory).summary(new Window(1, 3));

        assertThat(summary.total().count()).isEqualTo(5);
        assertThat(summary.total().throughput()).isEqualTo(2.5);
        assertThat(summary.byRequest()).containsOnlyKeys("order");
    }
}
