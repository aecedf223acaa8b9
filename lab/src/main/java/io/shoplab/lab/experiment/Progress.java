package io.shoplab.lab.experiment;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/** What the user sees while experiments run: which one, which step, and roughly how long is left. */
final class Progress {

    private final PrintStream out;
    private final Instant started = Instant.now();
    private final Duration estimate;
    private String experiment = "";
    private long lastTick = -1;

    Progress(PrintStream out, Duration estimate) {
        this.out = out;
        this.estimate = estimate;
    }

    /** @param label the experiment's name, with the repetition when it runs several times ("baseline, run 2 of 3") */
    void experiment(int number, int count, String label, String title) {
        experiment = label;
        out.printf(
                "%n[%d/%d] %s — %s (%s elapsed, about %s left)%n",
                number,
                count,
                label,
                title,
                minutes(elapsed()),
                minutes(estimate.minus(elapsed()).isNegative() ? Duration.ZERO : estimate.minus(elapsed())));
    }

    void step(String what) {
        out.printf("  [%s %s] %s%n", experiment, minutes(elapsed()), what);
    }

    /** A line every five seconds of load, so a long phase does not look stuck. */
    void tick(String stack, long second, long total) {
        if (second != lastTick && second % 5 == 0) {
            lastTick = second;
            out.printf("  [%s] %s under load: %d/%d s%n", experiment, stack, second, total);
        }
    }

    private Duration elapsed() {
        return Duration.between(started, Instant.now());
    }

    private static String minutes(Duration duration) {
        return String.format("%d:%02d", duration.toMinutes(), duration.toSecondsPart());
    }
}
