package io.shoplab.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.shoplab.lab.measure.RequestEvent;
import org.junit.jupiter.api.Test;

class ServiceLevelTest {

    private static final ServiceLevel LEVEL = new ServiceLevel(500, 0.001);

    @Test
    void aStepOfFastCorrectAnswersIsServed() {
        ServiceLevel.Step step = LEVEL.judge(100, 10, answers(1000, 20, 0));

        assertThat(step.served()).isTrue();
        assertThat(step.p99Millis()).isEqualTo(20);
        assertThat(step.sent()).isEqualTo(1000);
    }

    @Test
    void moreThanOneFailedOrDegradedAnswerInAThousandBreaksIt() {
        assertThat(LEVEL.judge(100, 10, answers(1000, 20, 1)).served()).isTrue();

        ServiceLevel.Step step = LEVEL.judge(100, 10, answers(1000, 20, 2));

        assertThat(step.served()).isFalse();
        assertThat(step.broken()).contains("2 of 1000 answers failed or degraded");
    }

    @Test
    void aP99OverTheBoundBreaksIt() {
        List<RequestEvent> events = new ArrayList<>(answers(980, 20, 0));
        events.addAll(answers(20, 900, 0));

        ServiceLevel.Step step = LEVEL.judge(100, 10, events);

        assertThat(step.served()).isFalse();
        assertThat(step.broken()).isEqualTo("p99 900 ms over 500 ms");
    }

    @Test
    void noAnswerAtAllIsNotAServedStep() {
        ServiceLevel.Step step = LEVEL.judge(100, 10, List.of());

        assertThat(step.served()).isFalse();
        assertThat(step.broken()).isEqualTo("no request was sent");
    }

    @Test
    void aLoadGeneratorThatFellBehindMeasuredItselfNotTheStack() {
        ServiceLevel.Step step = LEVEL.judge(100, 10, answers(900, 20, 0));

        assertThat(step.served()).isFalse();
        assertThat(step.broken()).contains("the load generator fell behind: 900 of 1000");
    }

    @Test
    void capacityIsTheLastRateServedBeforeTheFirstBrokenStep() {
        List<ServiceLevel.Step> steps = List.of(
                LEVEL.judge(10, 10, answers(100, 20, 0)),
                LEVEL.judge(20, 10, answers(200, 20, 0)),
                LEVEL.judge(30, 10, answers(300, 20, 5)),
                // served again after a broken step: too late, the search had ended
                LEVEL.judge(40, 10, answers(400, 20, 0)));

        assertThat(CapacityProbe.capacity(steps)).isEqualTo(20);
        assertThat(CapacityProbe.capacity(steps.subList(2, 4))).isZero();
    }

    /** {@code count} answers of {@code millis} each, the first {@code failed} of them failed. */
    private static List<RequestEvent> answers(int count, long millis, int failed) {
        return IntStream.range(0, count)
                .mapToObj(i -> new RequestEvent(1_000 + i, "product detail", 200, millis, i >= failed))
                .toList();
    }
}
