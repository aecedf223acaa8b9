package io.shoplab.orders;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who may act on a {@code PENDING} order: its lease owner, until the lease runs out (database time).
 * A placement takes the lease when it stores the order ({@link OrderRepository#insertPending}) and
 * renews it before each step; recovery takes over only orders whose lease ran out, and every
 * settlement is a compare-and-set on the owner, so an order has one master at a time.
 */
@Repository
class OrderLeases {

    private final JdbcClient jdbc;

    OrderLeases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Extends {@code owner}'s hold on a pending order; false when it holds the order no more (recovery took
     * it over, or it is settled). A lease that ran out but was not taken over is still the owner's.
     */
    boolean renewLease(UUID id, UUID owner, Duration lease) {
        return jdbc.sql("""
                UPDATE orders.customer_order SET lease_until = now() + ? * INTERVAL '1 millisecond'
                WHERE id = ? AND status = 'PENDING' AND lease_owner = ?""").params(lease.toMillis(), id, owner).update() == 1;
    }

    /**
     * Takes over the pending order whose lease ran out first, for {@code owner} and {@code lease}: a
     * compare-and-set, so of two recovery instances (or a recovery and a placement renewing its lease)
     * exactly one holds it. Orders set aside ({@code failures} or more failed attempts) are left alone.
     */
    Optional<UUID> claimStalled(UUID owner, Duration lease, int failures) {
        return jdbc.sql("""
                UPDATE orders.customer_order SET lease_owner = ?, lease_until = now() + ? * INTERVAL '1 millisecond'
                WHERE id = (SELECT id FROM orders.customer_order
                            WHERE status = 'PENDING' AND lease_until <= now() AND recovery_failures < ?
                            ORDER BY lease_until LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id""")
                .params(owner, lease.toMillis(), failures)
                .query(UUID.class)
                .optional();
    }

    /** Lets the lease of {@code owner} run out {@code after} from now, so recovery may take the order then. */
    void handOver(UUID id, UUID owner, Duration after) {
        jdbc.sql("""
                UPDATE orders.customer_order SET lease_until = now() + ? * INTERVAL '1 millisecond'
                WHERE id = ? AND status = 'PENDING' AND lease_owner = ?""").params(after.toMillis(), id, owner).update();
    }

    /** Counts a failed recovery attempt and hands the order over {@code after} from now; the new count. */
    int recordRecoveryFailure(UUID id, UUID owner, String error, Duration after) {
        return jdbc.sql("""
                UPDATE orders.customer_order SET recovery_failures = recovery_failures + 1, recovery_error = left(?, 500),
                    lease_until = now() + ? * INTERVAL '1 millisecond'
                WHERE id = ? AND status = 'PENDING' AND lease_owner = ?
                RETURNING recovery_failures""")
                .params(error, after.toMillis(), id, owner)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** Pending orders with at least {@code failures} failed recovery attempts, oldest first. */
    List<SetAside> setAside(int failures) {
        return jdbc.sql("""
                SELECT id, recovery_failures, recovery_error FROM orders.customer_order
                WHERE status = 'PENDING' AND recovery_failures >= ? ORDER BY created_at""")
                .param(failures)
                .query((row, n) -> new SetAside(
                        row.getObject("id", UUID.class),
                        row.getInt("recovery_failures"),
                        row.getString("recovery_error")))
                .list();
    }

    long countPending() {
        return jdbc.sql("SELECT count(*) FROM orders.customer_order WHERE status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    /** A pending order that recovery gave up on after {@code failures} attempts; {@code error} the last one's. */
    record SetAside(UUID orderId, int failures, String error) {}
}
