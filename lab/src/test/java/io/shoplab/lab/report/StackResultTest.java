package io.shoplab.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.measure.Latency;
import io.shoplab.lab.measure.ProcessSample;
import io.shoplab.lab.measure.ProcessUsage;
import io.shoplab.lab.measure.RequestStats;
import io.shoplab.lab.measure.ResourceUsage;
import io.shoplab.lab.measure.Summary;
import io.shoplab.lab.measure.Timeline;
import io.shoplab.lab.measure.Window;
import org.junit.jupiter.api.Test;

class StackResultTest {

    private static final RequestStats BASELINE =
            new RequestStats(1000, 0, 0, 100, 100, new Latency(10, 40, 80, 200), new Latency(10, 40, 80, 200));
    private static final Timeline NO_TIMELINE = new Timeline(Instant.EPOCH, List.of());

    @Test
    void countsCpuSecondsOfTheSummaryWindowPer1000Requests() {
        List<ProcessSample> samples = List.of(
                new ProcessSample(0, 0.5, 100, true),
                new ProcessSample(1, 0.5, 100, true),
                new ProcessSample(2, 4.0, 100, true));
        ResourceUsage usage = ResourceUsage.of(List.of(ProcessUsage.of("app", List.of(1L), samples, null)));
        Summary firstTwoSeconds = new Summary(new Window(0, 2), BASELINE, Map.of());

        assertThat(StackResult.of("monolith", NO_TIMELINE, firstTwoSeconds, usage)
                        .cpuSecondsPer1000Requests())
                .isEqualTo(1.0);
        assertThat(StackResult.of("monolith", NO_TIMELINE, firstTwoSeconds, ResourceUsage.NONE)
                        .cpuSecondsPer1000Requests())
                .isNull();
        Summary nothingAnswered =
                new Summary(new Window(0, 2), new RequestStats(0, 0, 0, 0, 0, Latency.NONE, Latency.NONE), Map.of());
        assertThat(StackResult.of("monolith", NO_TIMELINE, nothingAnswered, usage)
                        .cpuSecondsPer1000Requests())
                .isNull();
    }
}
