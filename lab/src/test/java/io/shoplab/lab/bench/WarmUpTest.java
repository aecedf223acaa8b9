package io.shoplab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void aStackWhoseThroughputStillRisesIsNotWarm() {
        assertThat(WarmUp.levelledOff(List.of(90.0, 210.0, 380.0, 520.0))).isFalse();
    }

    @Test
    void twoWindowsNoBetterThanTheBestBeforeThemAreWarm() {
        assertThat(WarmUp.levelledOff(List.of(90.0, 500.0, 505.0, 498.0))).isTrue();
    }

    @Test
    void oneWindowStillRisingAmongLevelOnesIsNotWarmYet() {
        // 520 is 4 % above 500: the JIT may still be at work
        assertThat(WarmUp.levelledOff(List.of(90.0, 500.0, 490.0, 520.0))).isFalse();
    }

    @Test
    void aStackThatAnsweredNothingHealthyIsNotWarm() {
        assertThat(WarmUp.levelledOff(List.of(0.0, 0.0, 0.0, 0.0))).isFalse();
    }

    @Test
    void twoWindowsSayNothing() {
        assertThat(WarmUp.levelledOff(List.of(500.0, 500.0))).isFalse();
    }

    @Test
    void theThroughputIsTheBestWindow() {
        assertThat(new WarmUp.Result(List.of(90.0, 500.0, 480.0), Duration.ofSeconds(45), true).throughput())
                .isEqualTo(500.0);
    }
}
