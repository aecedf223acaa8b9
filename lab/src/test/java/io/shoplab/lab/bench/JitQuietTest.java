package io.shoplab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JitQuietTest {

    private final Map<Long, Double> compilerSeconds = new HashMap<>(Map.of(1L, 10.0, 2L, 20.0));
    private final JitQuiet quiet = new JitQuiet(compilerSeconds::get, List.of(1L, 2L));

    @Test
    void quietWhenNoCompilerWorkedSinceLastAsked() {
        assertThat(quiet.getAsBoolean()).isTrue();
    }

    @Test
    void notQuietWhileOneJvmStillCompiles() {
        compilerSeconds.put(2L, 25.0);

        assertThat(quiet.getAsBoolean()).isFalse();
    }

    @Test
    void eachAnswerCountsFromTheLastQuestion() {
        compilerSeconds.put(1L, 15.0);
        assertThat(quiet.getAsBoolean()).isFalse();

        assertThat(quiet.getAsBoolean()).isTrue();
    }

    @Test
    void refusesToWatchNoProcessAtAll() {
        assertThatIllegalArgumentException().isThrownBy(() -> new JitQuiet(compilerSeconds::get, List.of()));
    }
}
