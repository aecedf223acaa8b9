package io.shoplab.lab.experiment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.shoplab.lab.report.InvariantCheck;

/**
 * API.md's stock-conservation rule, checked through the public API only. A snapshot is taken at a
 * quiet moment before the load (so data from earlier runs does not matter); after the load and any
 * recovery, for every product: stock before = available + reserved + units in this run's
 * {@code CONFIRMED} orders. A quiet moment is one where nothing is reserved: no order is half-done.
 * The chaos campaign takes one snapshot when its stack has started and checks after every run with
 * the customers of all runs so far, so every order confirmed since the snapshot is accounted for.
 * Without a single unit sold the rule holds of nothing: that fails as not tested.
 */
public final class StockConservation {

    public static final String NAME = "stock conserved, no order half-done";
    static final int PRODUCTS = 100;
    private static final Duration POLL = Duration.ofMillis(500);

    private final ShopApi shop;

    public StockConservation(String baseUrl) {
        this.shop = new ShopApi(baseUrl);
    }

    /** Units on the shelf (available + reserved) per product, once nothing is reserved. */
    public Map<Long, Long> snapshotWhenQuiet(Duration timeout) {
        return awaitQuiet(timeout).orElseThrow(() -> new IllegalStateException(
                "stock is still reserved after " + timeout.toSeconds() + " s: an order is half-done before the load even starts"));
    }

    /** Waits for a quiet moment (recovery may still be finishing orders), then checks the rule. */
    public InvariantCheck check(Map<Long, Long> before, List<String> customers, Duration quietTimeout) {
        Optional<Map<Long, Long>> after = awaitQuiet(quietTimeout);
        if (after.isEmpty()) {
            return new InvariantCheck(NAME, false,
                    "stock was still reserved (or inventory not answering) " + quietTimeout.toSeconds() + " s after the load");
        }
        Map<Long, Long> confirmed = new HashMap<>();
        customers.forEach(customer -> shop.confirmedLines(customer)
                .forEach(line -> confirmed.merge(line.productId(), line.quantity(), Long::sum)));
        long sold = confirmed.values().stream().mapToLong(Long::longValue).sum();
        if (sold == 0) {
            return new InvariantCheck(NAME, false, "not tested: no order of the " + customers.size()
                    + " customers was CONFIRMED, so no stock left the shelf to account for");
        }
        List<String> broken = new ArrayList<>();
        for (long id = 1; id <= PRODUCTS; id++) {
            long expected = before.get(id);
            long actual = after.get().get(id) + confirmed.getOrDefault(id, 0L);
            if (expected != actual) {
                broken.add("product " + id + ": " + expected + " before, " + actual + " now (shelf + sold)");
            }
        }
        String detail = broken.isEmpty()
                ? PRODUCTS + " products: shelf + " + sold + " units sold to " + customers.size() + " customers = stock before; nothing reserved"
                : broken.size() + " products off: " + String.join("; ", broken.subList(0, Math.min(5, broken.size())));
        return new InvariantCheck(NAME, broken.isEmpty(), detail);
    }

    private Optional<Map<Long, Long>> awaitQuiet(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        do {
            Optional<Map<Long, Long>> shelf = shelfIfQuiet();
            if (shelf.isPresent()) {
                return shelf;
            }
            pause();
        } while (Instant.now().isBefore(deadline));
        return Optional.empty();
    }

    private Optional<Map<Long, Long>> shelfIfQuiet() {
        Map<Long, Long> shelf = new HashMap<>();
        for (long id = 1; id <= PRODUCTS; id++) {
            Optional<ShopApi.Stock> stock = shop.stock(id);
            if (stock.isEmpty() || stock.get().reserved() != 0) {
                return Optional.empty();
            }
            shelf.put(id, stock.get().available());
        }
        return Optional.of(shelf);
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
