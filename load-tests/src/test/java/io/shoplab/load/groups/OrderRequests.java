package io.shoplab.load.groups;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.shoplab.load.Config;
import io.shoplab.load.endpoints.OrderRequest;
import io.shoplab.load.endpoints.OrderRequest.ExpectedOutcome;
import io.shoplab.load.endpoints.OrderRequest.Line;

/**
 * Random orders in the proportions of the configuration: mostly plentiful products (confirmed),
 * some with a scarce product (may be out of stock), some paid with a declined card; a share of
 * them carries an idempotency key to be replayed.
 */
final class OrderRequests {

    private static final int MAX_LINES = 3;
    private static final int MAX_QUANTITY = 3;

    private OrderRequests() {}

    static OrderRequest next(Config config, String customerId) {
        var random = ThreadLocalRandom.current();
        int roll = random.nextInt(100);
        var key = random.nextInt(100) < config.idempotentReplayPercent()
                ? Optional.of(UUID.randomUUID().toString())
                : Optional.<String>empty();
        if (roll < config.scarceOrderPercent()) {
            var productIds = plentifulProductIds(config, random.nextInt(MAX_LINES));
            productIds.add(ProductPicks.scarceProduct(config));
            var outcome = ExpectedOutcome.CONFIRMED_OR_OUT_OF_STOCK;
            return new OrderRequest(customerId, lines(productIds), null, outcome, key);
        }
        var lines = lines(plentifulProductIds(config, 1 + random.nextInt(MAX_LINES)));
        if (roll < config.scarceOrderPercent() + config.declinedPaymentPercent()) {
            return new OrderRequest(customerId, lines, "tok_declined", ExpectedOutcome.PAYMENT_DECLINED, key);
        }
        return new OrderRequest(customerId, lines, null, ExpectedOutcome.CONFIRMED, key);
    }

    /** An order of one to three plentiful products, card accepted: CONFIRMED. */
    static OrderRequest plentiful(Config config, String customerId) {
        var lines = lines(
                plentifulProductIds(config, 1 + ThreadLocalRandom.current().nextInt(MAX_LINES)));
        return new OrderRequest(customerId, lines, null, ExpectedOutcome.CONFIRMED, Optional.empty());
    }

    /** Distinct ids in a sorted set, so lines go out ordered by product id (see OrderRules). */
    private static TreeSet<Integer> plentifulProductIds(Config config, int count) {
        var ids = new TreeSet<Integer>();
        while (ids.size() < count) {
            ids.add(ProductPicks.plentifulProduct(config));
        }
        return ids;
    }

    private static List<Line> lines(TreeSet<Integer> productIds) {
        return productIds.stream()
                .map(id -> new Line(id, 1 + ThreadLocalRandom.current().nextInt(MAX_QUANTITY)))
                .toList();
    }
}
