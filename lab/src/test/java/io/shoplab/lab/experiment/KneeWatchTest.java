package io.shoplab.lab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.control.StackControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KneeWatchTest {

    /** Parts without budgets: idle is under 0.3 of a core. */
    private static final StackControl UNBUDGETED = (StackControl) Proxy.newProxyInstance(
            StackControl.class.getClassLoader(),
            new Class<?>[] {StackControl.class},
            (proxy, method, arguments) -> switch (method.getName()) {
                case "budget" -> Budget.NONE;
                case "budgetUsage" -> Optional.empty();
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private Process part;

    @AfterEach
    void stopThePart() {
        if (part != null) {
            part.destroyForcibly();
        }
    }

    @Test
    void aPartStillWorkingOffABacklogIsNotIdle() throws IOException {
        part = new ProcessBuilder("sh", "-c", "while :; do :; done").start();

        assertThat(new KneeWatch(UNBUDGETED, Map.of("catalog-service", part.pid())).awaitIdle(Duration.ofSeconds(3)))
                .isFalse();
    }

    @Test
    void aPartAtRestIsIdle() throws IOException {
        part = new ProcessBuilder("sleep", "30").start();

        assertThat(new KneeWatch(UNBUDGETED, Map.of("catalog-service", part.pid())).awaitIdle(Duration.ofSeconds(10)))
                .isTrue();
    }
}
