package io.shoplab.lab.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ProcessSamplerTest {

    private static final long SELF = ProcessHandle.current().pid();

    @Test
    void samplesCpuAndMemoryOfThisJvmEverySecond() {
        try (ProcessSampler sampler =
                ProcessSampler.start(Instant.now(), Duration.ofSeconds(20)).watch("test-jvm", SELF)) {
            await().atMost(Duration.ofSeconds(8))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        burnCpu();
                        return sampler.usage().total().samples().size() >= 3;
                    });

            ResourceUsage usage = sampler.stop();
            ProcessUsage jvm = usage.processes().get(0);
            assertThat(jvm.name()).isEqualTo("test-jvm");
            assertThat(jvm.pids()).containsExactly(SELF);
            assertThat(jvm.cpuSeconds()).isPositive();
            assertThat(jvm.averageRssMib()).isGreaterThan(10);
            assertThat(jvm.maxRssMib()).isGreaterThanOrEqualTo(jvm.averageRssMib());
            assertThat(jvm.goneAtSecond()).isNull();
            assertThat(jvm.samples())
                    .extracting(ProcessSample::second)
                    .doesNotHaveDuplicates()
                    .isSorted();
            assertThat(usage.total().cpuSeconds()).isEqualTo(jvm.cpuSeconds());
            assertThat(sampler.isRunning()).isFalse();
        }
    }

    @Test
    void recordsAProcessThatDiesAsGoneAndFollowsItsRestart() throws IOException {
        Process first = new ProcessBuilder("sleep", "30").start();
        Process second = null;
        try (ProcessSampler sampler =
                ProcessSampler.start(Instant.now(), Duration.ofSeconds(20)).watch("sleeper", first.pid())) {
            first.destroyForcibly();
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> sampler.usage().processes().get(0).goneAtSecond() != null);

            second = new ProcessBuilder("sleep", "30").start();
            sampler.watch("sleeper", second.pid());
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> sampler.usage().processes().get(0).samples().stream()
                                    .filter(ProcessSample::alive)
                                    .count()
                            >= 1);

            ProcessUsage sleeper = sampler.stop().processes().get(0);
            assertThat(sleeper.pids()).containsExactly(first.pid(), second.pid());
            assertThat(sleeper.goneAtSecond()).isNull();
            assertThat(sleeper.samples()).anyMatch(sample -> !sample.alive());
        } finally {
            first.destroyForcibly();
            if (second != null) {
                second.destroyForcibly();
            }
        }
    }

    @Test
    void stopsByItselfAfterItsMaximumDuration() {
        ProcessSampler sampler =
                ProcessSampler.start(Instant.now(), Duration.ofMillis(300)).watch("test-jvm", SELF);

        await().atMost(Duration.ofSeconds(5)).until(() -> !sampler.isRunning());
    }

    private static void burnCpu() {
        long sum = 0;
        for (int i = 0; i < 5_000_000; i++) {
            sum += i % 7;
        }
        assertThat(sum).isPositive();
    }
}
