package io.shoplab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class BenchSettingsTest {

    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

    @Test
    void aStepOfManyAnswersKeepsItsLength() {
        assertThat(settings(BenchSettings.MIN_ANSWERS).stepFrom(150)).isEqualTo(FIVE_SECONDS);
    }

    @Test
    void aStepOfTooFewAnswersForAPercentileIsLengthened() {
        // six order placements a second: 30 answers in 5 s, and the p99 would be the slowest one alone
        assertThat(settings(BenchSettings.MIN_ANSWERS).stepFrom(6)).isEqualTo(Duration.ofSeconds(17));
    }

    @Test
    void theSmokeRunKeepsItsShortStepsWhateverTheRate() {
        assertThat(settings(0).stepFrom(6)).isEqualTo(FIVE_SECONDS);
    }

    private static BenchSettings settings(int minAnswers) {
        return new BenchSettings(
                1,
                List.of(Scenario.ORDER),
                FIVE_SECONDS,
                Duration.ZERO,
                Duration.ZERO,
                new ServiceLevel(500, 0.001),
                6000,
                minAnswers);
    }
}
