package io.shoplab.inventory;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stock rows of the tests' own, far above the seed's ids 1..100, so tests that commit never touch
 * each other's products or the seed that API.md promises.
 */
final class TestStock {

    private static final AtomicLong nextProductId = new AtomicLong(1_000_000);

    private final JdbcClient jdbc;

    TestStock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new product with {@code units} available and none reserved; returns its id. */
    long product(long units) {
        long id = nextProductId.incrementAndGet();
        jdbc.sql("INSERT INTO inventory.stock (product_id, available) VALUES (?, ?)")
                .params(id, units)
                .update();
        return id;
    }

    /** Units sold for the product: the items of its committed reservations. */
    long committed(long productId) {
        return jdbc.sql("""
                SELECT coalesce(sum(i.quantity), 0) FROM inventory.reservation_item i
                JOIN inventory.reservation r ON r.order_id = i.order_id
                WHERE i.product_id = ? AND r.status = 'COMMITTED'""").param(productId).query(Long.class).single();
    }
}
