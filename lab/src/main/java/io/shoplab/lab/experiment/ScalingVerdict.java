package io.shoplab.lab.experiment;

import static io.shoplab.lab.stack.Stacks.MICROSERVICES;
import static io.shoplab.lab.stack.Stacks.MONOLITH;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.shoplab.lab.report.CapacityPoint;
import io.shoplab.lab.report.Claim;
import io.shoplab.lab.report.ClaimVerdict;
import io.shoplab.lab.report.Numbers;
import io.shoplab.lab.report.Verdict;

/**
 * The scalability verdict from the capacities {@code scale-catalog} found, at the same budget per node, on a catalog-bound
 * load. The claim is the microservices': their parts scale separately. Supported when a second catalog-service alone
 * raises their capacity by at least {@link #SCALES}; mixed when it takes a second gateway as well (the catalog and the
 * gateway scaled, nothing else), or when the best gain is between {@link #DOES_NOT_SCALE} and {@link #SCALES};
 * contradicted when no configuration raises it by {@link #DOES_NOT_SCALE}. Not tested when the budgets were not applied,
 * when a stack served nothing with one node, or when the load generator or the machine, not the stack, set the limit of
 * a configuration the verdict compares.
 */
final class ScalingVerdict {

    static final double SCALES = 1.3;
    static final double DOES_NOT_SCALE = 1.1;

    private ScalingVerdict() {}

    static ClaimVerdict notTested(String why) {
        return new ClaimVerdict(Claim.SCALABILITY, Verdict.NOT_TESTED, why);
    }

    static ClaimVerdict of(List<CapacityPoint> measured) {
        List<CapacityPoint> points = measured.stream()
                .filter(point -> point.load().equals(ScaleCatalog.LOAD.title()))
                .toList();
        Optional<CapacityPoint> oneCatalog = find(points, MICROSERVICES, 1, 1);
        Optional<CapacityPoint> twoCatalogs = find(points, MICROSERVICES, 2, 1);
        if (oneCatalog.isEmpty() || twoCatalogs.isEmpty()) {
            return notTested(
                    "The microservices' capacity was not measured with one and with two catalog-service nodes.");
        }
        List<String> servedNothing = points.stream()
                .filter(point -> point.nodes() == 1 && point.capacity() == 0)
                .map(CapacityPoint::stack)
                .distinct()
                .toList();
        if (!servedNothing.isEmpty()) {
            return notTested("With one node, " + String.join(" and ", servedNothing)
                    + " served no step at the service level:" + " there is nothing to compare more nodes with.");
        }
        List<CapacityPoint> services = points.stream()
                .filter(point -> point.stack().equals(MICROSERVICES))
                .toList();
        Optional<CapacityPoint> limitedByLab =
                services.stream().filter(CapacityPoint::limitedByLab).findFirst();
        if (limitedByLab.isPresent()) {
            return notTested("The limit of " + limitedByLab.get().key() + " was "
                    + limitedByLab.get().knee()
                    + ", not the stack: a slower generator or a busier machine is what was measured.");
        }
        double one = oneCatalog.get().capacity();
        double catalogAlone = twoCatalogs.get().capacity() / one;
        CapacityPoint best = services.stream()
                .max(Comparator.comparingDouble(CapacityPoint::capacity))
                .orElseThrow();
        double bestGain = best.capacity() / one;
        Verdict verdict = catalogAlone >= SCALES
                ? Verdict.SUPPORTED
                : bestGain < DOES_NOT_SCALE ? Verdict.CONTRADICTED : Verdict.MIXED;
        List<String> sentences = new ArrayList<>();
        sentences.add(String.format(
                Locale.ROOT,
                "At %s CPU per node, a second catalog-service took the microservices from %s to %s"
                        + " listing pages/s at the service level (×%.2f); their best, %s, served %s (×%.2f). A gain of ×%s counts as"
                        + " scaling, under ×%s as none.",
                Numbers.format(oneCatalog.get().nodeCpus()),
                Numbers.format(one),
                Numbers.format(twoCatalogs.get().capacity()),
                catalogAlone,
                best.configuration(),
                Numbers.format(best.capacity()),
                bestGain,
                SCALES,
                DOES_NOT_SCALE));
        sentences.add(series(points, MICROSERVICES, "catalog-service nodes"));
        sentences.add(series(points, MONOLITH, "whole monoliths"));
        gateway(points).ifPresent(sentences::add);
        memory(points).ifPresent(sentences::add);
        return new ClaimVerdict(
                Claim.SCALABILITY,
                verdict,
                String.join(
                        " ", sentences.stream().filter(text -> !text.isEmpty()).toList()));
    }

    /** "Microservices with 1, 2, 3 catalog-service nodes: 300, 520, 610 req/s (efficiency 0.87, 0.68); limit at 3: the gateway ..." */
    private static String series(List<CapacityPoint> points, String stack, String nodes) {
        List<CapacityPoint> line = points.stream()
                .filter(point -> point.stack().equals(stack) && point.gateways() <= 1)
                .toList();
        if (line.isEmpty()) {
            return "";
        }
        CapacityPoint last = line.get(line.size() - 1);
        return String.format(
                Locale.ROOT,
                "%s with %s %s: %s req/s (scaling efficiency %s); what set the limit with %d: %s.",
                capitalised(stack),
                joined(line, point -> Integer.toString(point.nodes())),
                nodes,
                joined(line, point -> Numbers.format(point.capacity())),
                joined(line.subList(1, line.size()), point -> efficiency(line.get(0), point)),
                last.nodes(),
                last.knee());
    }

    /** Whether a second gateway moved the microservices' knee with the most catalog nodes. */
    private static Optional<String> gateway(List<CapacityPoint> points) {
        Optional<CapacityPoint> two = points.stream()
                .filter(point -> point.stack().equals(MICROSERVICES) && point.gateways() == 2)
                .findFirst();
        return two.flatMap(twoGateways -> find(points, MICROSERVICES, twoGateways.nodes(), 1)
                .map(oneGateway -> {
                    double gain =
                            oneGateway.capacity() == 0 ? Double.NaN : twoGateways.capacity() / oneGateway.capacity();
                    return String.format(
                            Locale.ROOT,
                            "With %d catalog-services, a second gateway moved the capacity from %s to %s req/s"
                                    + " (×%s): %s.",
                            twoGateways.nodes(),
                            Numbers.format(oneGateway.capacity()),
                            Numbers.format(twoGateways.capacity()),
                            Numbers.format(gain),
                            gain >= DOES_NOT_SCALE ? "one gateway was the ceiling" : "the gateway was not the ceiling");
                }));
    }

    /** Memory per request served with the most nodes measured: what scaling a part, not the whole, saves. */
    private static Optional<String> memory(List<CapacityPoint> points) {
        Optional<CapacityPoint> monoliths =
                points.stream().filter(point -> point.stack().equals(MONOLITH)).reduce((first, second) -> second);
        Optional<CapacityPoint> services = points.stream()
                .filter(point -> point.stack().equals(MICROSERVICES) && point.gateways() <= 1)
                .reduce((first, second) -> second);
        if (monoliths.isEmpty() || services.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "Per GiB held, with %d nodes: the monolith %s req/s, the microservices %s;"
                        + " per core of budget: %s against %s.",
                monoliths.get().nodes(),
                Numbers.format(monoliths.get().perGib()),
                Numbers.format(services.get().perGib()),
                Numbers.format(monoliths.get().perCore()),
                Numbers.format(services.get().perCore())));
    }

    private static String joined(List<CapacityPoint> points, Function<CapacityPoint, String> each) {
        return points.stream().map(each).collect(Collectors.joining(", "));
    }

    private static String efficiency(CapacityPoint one, CapacityPoint point) {
        return Numbers.format(point.capacity() / (point.nodes() * one.capacity()));
    }

    private static Optional<CapacityPoint> find(List<CapacityPoint> points, String stack, int nodes, int gateways) {
        return points.stream()
                .filter(point -> point.stack().equals(stack)
                        && point.nodes() == nodes
                        && (stack.equals(MONOLITH) || point.gateways() == gateways))
                .findFirst();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
