package io.shoplab.contract.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * All generators, weighted so every public call of API.md gets its share, drawn from one seed: the
 * same seed and number of tries give the same requests (only the fuzz's customer ids are new).
 */
final class HostileRequests {

    private record Generator(int weight, Function<Chance, HostileRequest> generate) {}

    private HostileRequests() {}

    static List<HostileRequest> generate(FuzzSettings settings, FuzzTargets targets) {
        List<Generator> generators = List.of(
                new Generator(18, chance -> OrderRequests.brokenBody(targets, chance)),
                new Generator(10, chance -> OrderRequests.validBodyRefused(targets, chance)),
                new Generator(14, chance -> ReviewRequests.brokenBody(targets, chance)),
                new Generator(9, chance -> ReviewRequests.validBodyRefused(targets, chance)),
                new Generator(7, ReadRequests::productPage),
                new Generator(9, ReadRequests::productRead),
                new Generator(5, ReadRequests::orderRead),
                new Generator(7, chance -> ReadRequests.customerOrders(targets, chance)),
                new Generator(8, chance -> ReadRequests.oddButValid(targets, chance)),
                new Generator(6, chance -> PathRequests.wrongMethod(targets, chance)),
                new Generator(5, PathRequests::noSuchPath));
        int totalWeight = generators.stream().mapToInt(Generator::weight).sum();
        SplittableRandom random = new SplittableRandom(settings.seed());
        return IntStream.range(0, settings.tries())
                .mapToObj(i -> {
                    Chance chance = new Chance(random.split());
                    return pick(generators, chance.between(0, totalWeight - 1))
                            .generate()
                            .apply(chance);
                })
                .toList();
    }

    private static Generator pick(List<Generator> generators, int ticket) {
        for (Generator generator : generators) {
            ticket -= generator.weight();
            if (ticket < 0) {
                return generator;
            }
        }
        throw new IllegalStateException("weights add up wrong");
    }

    static Stream<String> families(List<HostileRequest> requests) {
        return requests.stream().map(HostileRequest::family).distinct();
    }
}
