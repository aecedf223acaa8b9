package io.shoplab.lab.command;

import io.shoplab.lab.experiment.ExperimentRunner;
import io.shoplab.lab.report.ClaimVerdict;

/** The end of an experiment run on the terminal: a verdict per claim, broken invariants, the report's path. */
final class VerdictTable {

    private VerdictTable() {}

    /** Prints the outcome; returns the exit code (1 when an invariant broke). */
    static int print(ExperimentRunner.Outcome outcome) {
        System.out.println();
        System.out.println("Claim                     Verdict        What the measurements say");
        System.out.println(
                "------------------------- -------------- ------------------------------------------------------------");
        for (ClaimVerdict verdict : outcome.verdicts()) {
            System.out.printf("%-25s %-14s %s%n", verdict.claim().title(), verdict.verdict(), verdict.sentence());
        }
        System.out.println();
        if (!outcome.passed()) {
            System.out.println(
                    "FAILED — an invariant broke (stock not conserved, an order half-done) or an experiment could not run:");
            outcome.failures().forEach(failure -> System.out.println("  " + failure));
        }
        System.out.println("Report: " + outcome.report());
        return outcome.passed() ? 0 : 1;
    }
}
