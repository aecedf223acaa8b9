package io.shoplab.contract.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.shoplab.contract.support.ApiResponse;
import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input for every public call: generated from a seed ({@code -Dshop.fuzz.seed}, default
 * {@value FuzzSettings#DEFAULT_SEED}), {@code -Dshop.fuzz.tries} requests (default
 * {@value FuzzSettings#DEFAULT_TRIES}), each one a test of its own that fails with the request and the
 * answer. Last, a check that nothing the fuzz sent was stored.
 *
 * <p>A Jupiter test factory rather than a jqwik property, so the fuzz runs on the suite's own stack
 * (the {@code @ShopContract} extension starts it once for every class) with no second test engine.
 */
@ShopContract
class HostileInputFuzzTest {

    private final ShopClient shop;

    HostileInputFuzzTest(ShopClient shop) {
        this.shop = shop;
    }

    @TestFactory
    Stream<DynamicNode> everyHostileRequestIsRefusedAndNothingIsStored() {
        FuzzSettings settings = FuzzSettings.fromSystemProperties();
        FuzzTargets targets = FuzzTargets.create(settings.seed());
        List<HostileRequest> requests = HostileRequests.generate(settings, targets);
        StoredState before = StoredState.of(shop, targets.products());
        Map<String, Integer> statuses = new TreeMap<>();
        Instant start = Instant.now();
        System.out.printf(
                "fuzz: seed %d, %d requests against %s (-Dshop.fuzz.seed / -Dshop.fuzz.tries)%n",
                settings.seed(), requests.size(), shop.baseUrl());

        Stream<DynamicNode> families = HostileRequests.families(requests)
                .map(family -> DynamicContainer.dynamicContainer(
                        family,
                        IntStream.range(0, requests.size())
                                .filter(i -> requests.get(i).family().equals(family))
                                .mapToObj(i -> {
                                    HostileRequest request = requests.get(i);
                                    return DynamicTest.dynamicTest("#" + i + " " + request.title(), () -> {
                                        ApiResponse answer = send(request);
                                        statuses.merge(family + " -> " + answer.status(), 1, Integer::sum);
                                        AnswerProperty.check(request, answer);
                                    });
                                })));
        DynamicTest nothingStored = DynamicTest.dynamicTest("nothing the fuzz sent was stored", () -> {
            System.out.printf(
                    "fuzz: %d requests in %d ms; answers %s%n",
                    requests.size(), Duration.between(start, Instant.now()).toMillis(), statuses);
            before.assertUnchanged(shop, targets);
        });
        return Stream.concat(families, Stream.of(nothingStored));
    }

    private ApiResponse send(HostileRequest request) {
        try {
            return shop.exchange(
                    request.method(),
                    request.path(),
                    request.headers(),
                    request.body(),
                    request.chunked(),
                    request.method() + " " + request.path());
        } catch (RuntimeException failure) {
            throw new AssertionError("no answer: " + failure.getMessage() + "\n  for " + request.describe(), failure);
        }
    }
}
