package io.shoplab.lab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shoplab.lab.measure.Latency;
import io.shoplab.lab.measure.RequestStats;
import org.junit.jupiter.api.Test;

class ComparisonTest {

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
}
