package io.shoplab.lab.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import io.shoplab.lab.stack.PostgresComponent;
import io.shoplab.lab.stack.Stacks;

/**
 * The faults of one run, drawn from {@code new Random(seed * 1_000_003 + run)} alone, so a seed and a run
 * number give the same schedule on any machine, and neighbouring seeds share no runs. Two to four
 * faults within the load; kills early (a restarted Spring Boot app needs 15-30 s on 2 cores), pauses
 * (SIGSTOP for 2-6 s) in the first 60 %, injections anywhere. At most {@value #MAX_OVERLAP} faults are in
 * effect at once, a kill counting until its component is expected back, so two kills or pauses never overlap
 * (and no component restarts while one it depends on is down or frozen); an app being killed or paused gets
 * no injection.
 *
 * @param seed the campaign's seed
 * @param run 1, 2, …
 * @param loadMillis how long the faulty load lasts
 * @param faults in start order, numbered from 1
 */
public record Schedule(long seed, int run, long loadMillis, List<PlannedFault> faults) {

    static final int MAX_OVERLAP = 2;
    private static final int MIN_FAULTS = 2;
    private static final int MAX_FAULTS = 4;
    private static final long[] LATENCIES_MS = {200, 500, 1000, 2000};
    private static final double[] ERROR_RATES = {0.25, 0.5, 1.0};
    /** The shortest load a schedule fits in: a kill, its restart order and an injection with room around them. */
    static final Duration SHORTEST_LOAD = Duration.ofSeconds(8);

    public Schedule {
        faults = List.copyOf(faults);
    }

    public static Schedule plan(ChaosTargets targets, long seed, int run, Duration load) {
        if (load.compareTo(SHORTEST_LOAD) < 0) {
            throw new IllegalArgumentException("a run's load must last at least " + SHORTEST_LOAD.toSeconds() + " s");
        }
        long loadMillis = load.toMillis();
        Random random = new Random(seed * 1_000_003L + run);
        int wanted = MIN_FAULTS + random.nextInt(MAX_FAULTS - MIN_FAULTS + 1);
        List<PlannedFault> accepted = new ArrayList<>();
        for (int tries = 0; tries < 200 && accepted.size() < wanted; tries++) {
            PlannedFault candidate = draw(targets, random, loadMillis);
            if (fits(candidate, accepted)) {
                accepted.add(candidate);
            }
        }
        accepted.sort(Comparator.comparingLong(PlannedFault::startMillis).thenComparing(PlannedFault::label));
        return new Schedule(
                seed,
                run,
                loadMillis,
                IntStream.range(0, accepted.size())
                        .mapToObj(i -> accepted.get(i).numbered(i + 1))
                        .toList());
    }

    /** The most faults in effect at one moment, kills counted until their component is expected back. */
    public int maxOverlap() {
        return maxOverlap(faults);
    }

    /** How long after its restart is ordered a component is expected to answer again, on 2 busy cores. */
    static long expectedRestartMillis(String component) {
        return switch (component) {
            case PostgresComponent.NAME -> 5_000;
            case Stacks.DISCOVERY -> 15_000;
            default -> 30_000;
        };
    }

    private static PlannedFault draw(ChaosTargets targets, Random random, long loadMillis) {
        int kind = random.nextInt(10);
        if (kind < 4) {
            String component =
                    targets.killable().get(random.nextInt(targets.killable().size()));
            // Kills in the first 40 % of the load, pauses in the first 60 %.
            long start = between(random, 1_000, Math.max(1_001, loadMillis * (kind < 3 ? 2 : 3) / 5));
            long end = start + between(random, 2_000, 6_000);
            return kind < 3 ? PlannedFault.kill(component, start, end) : PlannedFault.pause(component, start, end);
        }
        ChaosTargets.Injectable target =
                targets.injectable().get(random.nextInt(targets.injectable().size()));
        long start = between(random, 1_000, loadMillis - 3_000);
        long end = Math.min(start + between(random, 2_000, 8_000), loadMillis - 1_000);
        return kind < 7
                ? PlannedFault.latency(target, LATENCIES_MS[random.nextInt(LATENCIES_MS.length)], start, end)
                : PlannedFault.errors(target, ERROR_RATES[random.nextInt(ERROR_RATES.length)], start, end);
    }

    private static boolean fits(PlannedFault candidate, List<PlannedFault> accepted) {
        for (PlannedFault other : accepted) {
            boolean candidateKills = candidate.kind().stopsComponent();
            boolean otherKills = other.kind().stopsComponent();
            if (candidateKills && otherKills && candidate.component().equals(other.component())) {
                return false; // one kill or pause per component and run
            }
            boolean sameApp = candidate.app().equals(other.app());
            boolean clash = candidateKills && otherKills
                    || sameApp && candidate.component().equals(other.component())
                    || sameApp && candidateKills != otherKills;
            if (clash && overlaps(candidate, other)) {
                return false;
            }
        }
        List<PlannedFault> together = new ArrayList<>(accepted);
        together.add(candidate);
        return maxOverlap(together) <= MAX_OVERLAP;
    }

    private static boolean overlaps(PlannedFault a, PlannedFault b) {
        return a.startMillis() < effectiveEnd(b) && b.startMillis() < effectiveEnd(a);
    }

    private static long effectiveEnd(PlannedFault fault) {
        return fault.kind() == FaultKind.KILL
                ? fault.endMillis() + expectedRestartMillis(fault.component())
                : fault.endMillis();
    }

    private static int maxOverlap(List<PlannedFault> faults) {
        return faults.stream()
                .mapToInt(at -> (int) faults.stream()
                        .filter(fault ->
                                fault.startMillis() <= at.startMillis() && at.startMillis() < effectiveEnd(fault))
                        .count())
                .max()
                .orElse(0);
    }

    private static long between(Random random, long from, long to) {
        return from + (long) (random.nextDouble() * (to - from));
    }
}
