package io.shoplab.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.shoplab.platform.test.ModuleDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A compensation (release) arriving while the order's reservation is still being written: the release
 * finds no reservation yet, its marker then collides with the reservation's row. The release must
 * still win: the stock goes back, and it answers {@code RELEASED}.
 */
@ModuleDataTest
@Import({InventoryConfiguration.class, Inventory.class, StockRepository.class, ReservationRepository.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ReleaseRacingReserveTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @Autowired
    private Inventory inventory;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void aReleaseWaitingOnAnUncommittedReservationStillReleasesIt() throws Exception {
        long product = new TestStock(jdbc).product(10);
        UUID order = UUID.randomUUID();
        CountDownLatch reserved = new CountDownLatch(1);
        CountDownLatch commitReservation = new CountDownLatch(1);

        // The reservation is written but held uncommitted (the outer transaction is the test's) ...
        CompletableFuture<ReservationStatus> reserve =
                CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions).execute(tx -> {
                    ReservationStatus answer = inventory.reserve(order, List.of(new StockItem(product, 3)));
                    reserved.countDown();
                    awaitLatch(commitReservation);
                    return answer;
                }));
        assertThat(reserved.await(BOUND.toSeconds(), TimeUnit.SECONDS)).isTrue();
        // ... while the release looks, sees nothing, and waits on the reservation's row to write its marker.
        CompletableFuture<ReservationStatus> release = CompletableFuture.supplyAsync(() -> inventory.release(order));
        await().atMost(BOUND).until(() -> waitingOnALock() > 0);
        commitReservation.countDown();

        assertThat(reserve.get(BOUND.toSeconds(), TimeUnit.SECONDS)).isEqualTo(ReservationStatus.RESERVED);
        assertThat(release.get(BOUND.toSeconds(), TimeUnit.SECONDS)).isEqualTo(ReservationStatus.RELEASED);
        assertThat(inventory.reservationOf(order)).contains(ReservationStatus.RELEASED);
        assertThat(inventory.stockOf(product)).isEqualTo(new StockLevel(product, 10, 0));
    }

    private int waitingOnALock() {
        return jdbc.sql(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")
                .query(Integer.class)
                .single();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(BOUND.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the reservation commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
