package io.shoplab.lab.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecoveryRuleTest {

    private static final Instant START = Instant.ofEpochMilli(1_700_000_000_000L);

    /** One character per second: '.' 10 good answers, 'x' 10 failures, 'h' 5 good and 5 failed, ' ' no answer. */
    private static Timeline timeline(String seconds) {
        List<RequestEvent> events = new ArrayList<>();
        for (int second = 0; second < seconds.length(); second++) {
            char kind = seconds.charAt(second);
            for (int i = 0; i < (kind == ' ' ? 0 : 10); i++) {
                boolean ok = kind == '.' || (kind == 'h' && i < 5);
                events.add(
                        new RequestEvent(START.toEpochMilli() + second * 1000L + i * 10, "r", ok ? 200 : 503, 5, ok));
            }
        }
        return RequestLog.of(events, START).timeline(seconds.length());
    }

    @Test
    void recoversAtTheStartOfTheFirstStableHealthyStretch() {
        Timeline run = timeline(".....xxxxxh..x......");
        RecoveryRule rule = new RecoveryRule(0.05, 3);

        assertThat(rule.recoveredAt(run, 5)).hasValue(14);
        assertThat(rule.secondsToRecover(run, 5)).hasValue(9);
    }

    @Test
    void countsSilentSecondsAsNotHealthy() {
        Timeline run = timeline("...     ....");

        assertThat(new RecoveryRule(0.01, 2).recoveredAt(run, 3)).hasValue(8);
    }

    @Test
    void neverRecoversWhenTheRunEndsTooSoon() {
        Timeline run = timeline("..xxxx..");

        assertThat(new RecoveryRule(0.01, 3).secondsToRecover(run, 2)).isEmpty();
        assertThat(new RecoveryRule(0.6, 3).secondsToRecover(timeline("..hhh"), 2))
                .hasValue(0);
    }
}
