package io.shoplab.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void anOddNumberOfRunsHasItsMiddleValueAsMedian() {
        Spread spread = Spread.of(List.of(14.0, 9.0, 30.0)).orElseThrow();

        assertThat(spread).isEqualTo(new Spread(9, 14, 30, 3));
        assertThat(spread.describe()).isEqualTo("9 / 14 / 30");
    }

    @Test
    void anEvenNumberOfRunsHasTheMeanOfTheTwoMiddleValuesAsMedian() {
        Spread spread = Spread.of(List.of(40.0, 12.0, 19.0, 10.0)).orElseThrow();

        assertThat(spread).isEqualTo(new Spread(10, 15.5, 40, 4));
        assertThat(spread.describe()).isEqualTo("10 / 15.5 / 40");
    }

    @Test
    void runsWithoutTheNumberAreLeftOutAndCounted() {
        // A stack that never recovered in one run, and a number that could not be computed in another.
        Spread spread = Spread.of(Arrays.asList(6.0, null, Double.NaN, 2.0)).orElseThrow();

        assertThat(spread).isEqualTo(new Spread(2, 4, 6, 2));
        assertThat(Spread.of(Arrays.asList(null, Double.NaN))).isEmpty();
        assertThat(Spread.of(List.of(3.0))).contains(new Spread(3, 3, 3, 1));
    }
}
