package io.shoplab.lab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import io.shoplab.lab.measure.Latency;
import io.shoplab.lab.measure.ProcessSample;
import io.shoplab.lab.measure.ProcessUsage;
import io.shoplab.lab.measure.RequestStats;
import io.shoplab.lab.measure.ResourceUsage;
import io.shoplab.lab.measure.Summary;
import io.shoplab.lab.measure.Window;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

    private static final RequestStats BASELINE =
            new RequestStats(1000, 0, 0, 100, 100, new Latency(10, 40, 80, 200), new Latency(10, 40, 80, 200));

    @Test
    void comparesThroughputAndLatencyAsRatios() {
        RequestStats faster =
                new RequestStats(1800, 18, 1, 180, 178.2, new Latency(5, 20, 40, 90), new Latency(5, 20, 40, 90));

        Comparison comparison = Comparison.of(BASELINE, faster);

        assertThat(comparison.throughputRatio()).isEqualTo(1.8);
        assertThat(comparison.okThroughputRatio()).isCloseTo(1.782, within(1e-9));
        assertThat(comparison.p95Ratio()).isEqualTo(0.5);
        assertThat(comparison.failurePercentPoints()).isEqualTo(1);
        assertThat(comparison.describe())
                .isEqualTo("throughput ×1.80, good answers ×1.78, p95 ×0.50, failures +1 points");
    }

    @Test
    void answersWhileItKeepsTheShareOfTheBaselinesGoodAnswers() {
        RequestStats degraded = new RequestStats(1000, 80, 8, 100, 92, Latency.NONE, new Latency(12, 90, 300, 900));
        RequestStats down = new RequestStats(1000, 1000, 100, 100, 0, Latency.NONE, Latency.NONE);

        assertThat(Comparison.of(BASELINE, degraded).answering(0.9)).isTrue();
        assertThat(Comparison.of(BASELINE, down).answering(0.9)).isFalse();
    }

    @Test
    void countsCpuSecondsOfTheSummaryWindowPer1000Requests() {
        List<ProcessSample> samples = List.of(
                new ProcessSample(0, 0.5, 100, true),
                new ProcessSample(1, 0.5, 100, true),
                new ProcessSample(2, 4.0, 100, true));
        ResourceUsage usage = ResourceUsage.of(List.of(ProcessUsage.of("app", List.of(1L), samples, null)));
        Summary firstTwoSeconds = new Summary(new Window(0, 2), BASELINE, java.util.Map.of());

        assertThat(Comparisons.cpuSecondsPer1000Requests(usage, firstTwoSeconds))
                .isEqualTo(1.0);
        assertThat(Comparisons.cpuSecondsPer1000Requests(ResourceUsage.NONE, firstTwoSeconds))
                .isNull();
    }
}
