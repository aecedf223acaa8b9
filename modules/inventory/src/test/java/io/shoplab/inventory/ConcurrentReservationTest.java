package io.shoplab.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import io.shoplab.platform.test.ModuleDataTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The conditional update never oversells, and units are neither made nor lost, whatever runs at once. */
@ModuleDataTest
@Import({InventoryConfiguration.class, Inventory.class, StockRepository.class, ReservationRepository.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConcurrentReservationTest {

    private static final int THREADS = 20;

    @Autowired
    private Inventory inventory;

    @Autowired
    private JdbcClient jdbc;

    private TestStock stock;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        stock = new TestStock(jdbc);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void twentyBuyersOfTenUnitsGetExactlyTen() throws Exception {
        long product = stock.product(10);

        List<ReservationStatus> answers =
                allAtOnce(THREADS, i -> () -> inventory.reserve(UUID.randomUUID(), List.of(new StockItem(product, 1))));

        assertThat(answers).filteredOn(ReservationStatus.RESERVED::equals).hasSize(10);
        assertThat(answers).filteredOn(ReservationStatus.OUT_OF_STOCK::equals).hasSize(10);
        assertThat(inventory.stockOf(product)).isEqualTo(new StockLevel(product, 0, 10));
    }

    @Test
    void repeatedConcurrentReservesOfOneOrderHoldItsUnitsOnce() throws Exception {
        long product = stock.product(100);
        UUID order = UUID.randomUUID();

        List<Object> answers = allAtOnce(8, i -> () -> inventory.reserve(order, List.of(new StockItem(product, 5))));

        assertThat(answers)
                .as("every racing duplicate answers the first decision")
                .containsOnly(ReservationStatus.RESERVED);
        assertThat(inventory.stockOf(product)).isEqualTo(new StockLevel(product, 95, 5));
    }

    @Test
    void stockIsConservedUnderAMixOfReservesCommitsAndReleases() throws Exception {
        long a = stock.product(40);
        long b = stock.product(25);
        long c = stock.product(10);

        allAtOnce(THREADS, i -> () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int n = 0; n < 10; n++) {
                UUID order = UUID.randomUUID();
                List<StockItem> items = List.of(
                        new StockItem(a, 1 + random.nextInt(3)),
                        new StockItem(random.nextBoolean() ? b : c, 1 + random.nextInt(2)));
                inventory.reserve(order, items);
                switch (random.nextInt(3)) {
                    case 0 -> inventory.commit(order);
                    case 1 -> inventory.release(order);
                    default -> {} // left reserved
                }
            }
            return null;
        });

        for (long[] product : new long[][] {{a, 40}, {b, 25}, {c, 10}}) {
            StockLevel level = inventory.stockOf(product[0]);
            assertThat(level.available() + level.reserved() + stock.committed(product[0]))
                    .isEqualTo(product[1]);
            assertThat(level.available()).isNotNegative();
        }
    }

    /** Runs the calls on their own threads, released together, and collects what each answered. */
    private <T> List<T> allAtOnce(int calls, java.util.function.IntFunction<Callable<T>> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            Callable<T> work = call.apply(i);
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return work.call();
            }));
        }
        ready.await();
        go.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }
}
