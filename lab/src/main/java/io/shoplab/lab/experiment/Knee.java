package io.shoplab.lab.experiment;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import io.shoplab.lab.bench.ServiceLevel;
import io.shoplab.lab.report.Numbers;

/**
 * What set a configuration's limit, from what was used in the step that broke the service level: the load generator
 * when it fell behind, the machine when all its cores were busy, else the parts at their CPU quotas, nearest first — by
 * the CPU each used, or by how often the quota held it back (a JVM's threads can spend a quota in a burst and wait out
 * the rest of the period, at half its quota on average).
 *
 * @param description in words, for the report ("catalog-service at 98 % of its 0.25-CPU quota, throttled in 80 % of periods")
 * @param limitedByLab whether it was the load generator or the machine, not a part of the stack
 */
record Knee(String description, boolean limitedByLab) {

    /** A part using this share of its quota or more is at it. */
    static final double AT_QUOTA = 0.9;
    /** A part held back in this share of the periods or more is at its quota too. */
    static final double THROTTLED = 0.5;
    /** The machine is the limit when this share of its cores is busy. */
    static final double MACHINE_BUSY = 0.9;

    static final Knee NONE = new Knee("none: every rate offered was served", false);

    /**
     * What one part used in the step.
     *
     * @param cores CPU used, cores
     * @param quota its CPU quota, cores; 0 for none
     * @param throttledShare the share of the quota's periods in which it was held back
     * @param compilerCores what its JIT compilers used: a node still compiling inside its quota spends it on that, not
     *                      on requests
     * @param compilersBeside whether the compilers worked beside the quota; {@code cores} is then without them
     */
    record PartUse(double cores, double quota, double throttledShare, double compilerCores, boolean compilersBeside) {

        PartUse {
            // A part's CPU and its compilers' are read one after the other: compilers at work between the two readings
            // leave an idle part a hair below zero (the demo of 402a606 printed "-0 %"). It used nothing.
            cores = Math.max(0, cores);
        }

        double shareOfQuota() {
            return quota == 0 ? 0 : cores / quota;
        }

        /** What it used of the machine: its compilers too where they worked beside the quota. */
        double machineCores() {
            return cores + (compilersBeside ? compilerCores : 0);
        }

        boolean atQuota() {
            return shareOfQuota() >= AT_QUOTA || throttledShare >= THROTTLED;
        }
    }

    /**
     * @param step the first step that broke the service level
     * @param parts what each part of the stack used in that step, by name
     * @param generatorCores cores the load generator used in that step
     * @param machineCores the machine's cores
     */
    static Knee of(ServiceLevel.Step step, Map<String, PartUse> parts, double generatorCores, int machineCores) {
        if (step.generatorFellBehind()) {
            return new Knee(
                    String.format(
                            Locale.ROOT,
                            "the load generator: it sent %d of %d requests (%.1f cores)",
                            step.sent(),
                            step.offered(),
                            generatorCores),
                    true);
        }
        double busy = generatorCores
                + parts.values().stream().mapToDouble(PartUse::machineCores).sum();
        if (busy >= MACHINE_BUSY * machineCores) {
            return new Knee(
                    String.format(
                            Locale.ROOT,
                            "this machine: %.1f of its %d cores busy (the load generator %.1f)",
                            busy,
                            machineCores,
                            generatorCores),
                    true);
        }
        String context = String.format(
                Locale.ROOT,
                " (the load generator %.2f cores; %.1f of %d cores busy)",
                generatorCores,
                busy,
                machineCores);
        Comparator<Map.Entry<String, PartUse>> nearest = Comparator.comparingDouble(
                part -> Math.max(part.getValue().shareOfQuota(), part.getValue().throttledShare()));
        return parts.entrySet().stream()
                .filter(part -> part.getValue().quota() > 0)
                .max(nearest)
                .map(part -> new Knee(limit(part.getKey(), parts) + context, false))
                .orElse(new Knee("no part on a CPU quota" + context, false));
    }

    /**
     * The part nearest its quota, and every other part's share of its own: behind round robin, a node at its quota beside
     * peers far below it spends more CPU per request than they do. Where several are at their quotas, the description
     * names them together: on a quota a node is busy long before its capacity (it serves more by taking together the
     * requests that waited out a throttled period), so a share says that a part was at its quota, not that it alone set
     * the limit. A second gateway that adds nothing shows a gateway at its quota that was not the ceiling.
     */
    private static String limit(String nearest, Map<String, PartUse> parts) {
        PartUse use = parts.get(nearest);
        if (!use.atQuota()) {
            return "no part at its quota; nearest: " + nearest + describe(use) + others(nearest, parts, part -> true);
        }
        List<String> alsoAtQuota = shares(nearest, parts, PartUse::atQuota);
        String atQuota = alsoAtQuota.isEmpty()
                ? nearest + describe(use)
                : (1 + alsoAtQuota.size()) + " parts at their quotas, " + nearest + describe(use) + ", "
                        + String.join(", ", alsoAtQuota);
        return atQuota + others(nearest, parts, part -> !part.atQuota());
    }

    private static String others(String nearest, Map<String, PartUse> parts, Predicate<PartUse> which) {
        List<String> others = shares(nearest, parts, which);
        return others.isEmpty() ? "" : "; the others: " + String.join(", ", others);
    }

    /** "catalog-service-2 99 %" for each part on a quota but the nearest that {@code which} picks, by name. */
    private static List<String> shares(String nearest, Map<String, PartUse> parts, Predicate<PartUse> which) {
        return parts.entrySet().stream()
                .filter(part ->
                        !part.getKey().equals(nearest) && part.getValue().quota() > 0 && which.test(part.getValue()))
                .sorted(Map.Entry.comparingByKey())
                .map(part -> String.format(
                        Locale.ROOT,
                        "%s %.0f %%",
                        part.getKey(),
                        100 * part.getValue().shareOfQuota()))
                .toList();
    }

    private static String describe(PartUse use) {
        return String.format(
                Locale.ROOT,
                " at %.0f %% of its %s-CPU quota (%s), held back in %.0f %% of periods",
                100 * use.shareOfQuota(),
                Numbers.format(use.quota()),
                use.compilersBeside()
                        ? String.format(Locale.ROOT, "its JIT compilers %.2f cores beside it", use.compilerCores())
                        : String.format(
                                Locale.ROOT, "its JIT compilers %.0f %%", 100 * use.compilerCores() / use.quota()),
                100 * use.throttledShare());
    }
}
