package io.shoplab.lab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.control.LocalStackControl;
import io.shoplab.lab.control.StackControl;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.Verdict;
import io.shoplab.lab.stack.BothShops;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.LabStack;
import io.shoplab.lab.stack.StateStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The main job, in small: both stacks on free ports, the kill-reviews experiment with short phases
 * (a real SIGKILL of reviews-service, a real restart, a real fault in the monolith), stock conservation
 * checked through the public API, and the report written. Needs the app jars: run after {@code package}.
 */
@ExtendWith(BothShops.class)
class KillReviewsEndToEndTest {

    @Test
    void killingReviewsDegradesProductPagesButOrdersGoOnAndStockIsConserved(LabStack stacks) throws Exception {
        StateStore store = new StateStore(stacks.layout().stateFile());
        StackControl lab = new LocalStackControl(
                stacks.layout(), store, new ComponentControl(store, System.out, Duration.ofMinutes(4)), System.out);
        Phases phases = new Phases(Duration.ofSeconds(5), Duration.ofSeconds(8), Duration.ofSeconds(8));

        ExperimentRunner.Outcome outcome = new ExperimentRunner(
                        lab, new ExperimentRunner.Settings(phases, 4, Map.of(), Map.of(), 1, Duration.ofSeconds(12)))
                .run(List.of("kill-reviews"));

        assertThat(outcome.failures()).as("stock conserved on both stacks").isEmpty();
        ClaimVerdict resilience = outcome.verdicts().stream()
                .filter(verdict -> verdict.claim() == Claim.RESILIENCE)
                .findFirst()
                .orElseThrow();
        assertThat(resilience.verdict()).as(resilience.sentence()).isEqualTo(Verdict.SUPPORTED);
        assertThat(resilience.sentence()).contains("degraded");
        assertThat(lab.running("reviews-service").isAlive()).as("restarted").isTrue();
        String html = Files.readString(outcome.report());
        assertThat(html).contains("kill-reviews").contains("<svg").contains("stock conserved");
    }
}
