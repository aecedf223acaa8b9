package io.shoplab.lab.experiment;

import java.time.Duration;
import java.util.List;

import io.shoplab.lab.LabException;
import io.shoplab.lab.stack.Stacks;

/**
 * A JVM serves its first requests interpreted, and the microservices stack has eight JVMs to warm: a
 * mixed load on each stack before the first measurement, thrown away, so the experiments compare
 * warm stacks rather than the JIT's progress.
 * <p>
 * How long: {@link ExperimentRunner#DEFAULT_WARMUP}, or {@code --warmup}.
 */
final class Warmup {

    private Warmup() {}

    static void run(ExperimentContext context, Duration length) {
        Phases warmup = new Phases(length, Duration.ZERO, Duration.ZERO);
        for (String stack : List.of(Stacks.MONOLITH, Stacks.MICROSERVICES)) {
            context.progress().step(stack + ": warming up (" + length.toSeconds() + " s of mixed load, not measured)");
            Trial.Outcome outcome = context.trial(warmup)
                    .run(
                            stack,
                            context.mixed(stack),
                            Disruption.NONE,
                            context.directory().resolve("warmup").resolve(stack));
            // Its numbers are thrown away, its orders are not: a broken rule here would spoil every experiment after
            // it.
            outcome.result().invariants().stream()
                    .filter(check -> !check.passed())
                    .findFirst()
                    .ifPresent(broken -> {
                        throw new LabException("the warm-up of " + stack + " broke a rule: " + broken.name() + " — "
                                + broken.detail());
                    });
        }
    }
}
