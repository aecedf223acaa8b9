package io.shoplab.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

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
 * Inside the monolith's order transaction a refused reservation undoes only itself (a savepoint), so
 * the caller's transaction goes on and can store the rejected order; a rollback of the caller's
 * transaction undoes every reservation in it.
 */
@ModuleDataTest
@Import({InventoryConfiguration.class, Inventory.class, StockRepository.class, ReservationRepository.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class InventoryInOuterTransactionTest {

    @Autowired
    private Inventory inventory;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void aRefusedReservationRollsBackToItsSavepointOnly() {
        TestStock stock = new TestStock(jdbc);
        long plenty = stock.product(10);
        long scarce = stock.product(1);
        UUID first = UUID.randomUUID();
        UUID refused = UUID.randomUUID();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThat(inventory.reserve(first, List.of(new StockItem(plenty, 2))))
                    .isEqualTo(ReservationStatus.RESERVED);
            assertThat(inventory.reserve(refused, List.of(new StockItem(plenty, 5), new StockItem(scarce, 2))))
                    .isEqualTo(ReservationStatus.OUT_OF_STOCK);
        });

        assertThat(inventory.stockOf(plenty)).isEqualTo(new StockLevel(plenty, 8, 2));
        assertThat(inventory.reservationOf(first)).contains(ReservationStatus.RESERVED);
        assertThat(inventory.reservationOf(refused)).contains(ReservationStatus.OUT_OF_STOCK);
    }

    @Test
    void theCallersRollbackUndoesItsReservations() {
        TestStock stock = new TestStock(jdbc);
        long product = stock.product(10);
        UUID order = UUID.randomUUID();

        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            inventory.reserve(order, List.of(new StockItem(product, 4)));
            inventory.commit(order);
            tx.setRollbackOnly();
        });

        assertThat(inventory.stockOf(product)).isEqualTo(new StockLevel(product, 10, 0));
        assertThat(inventory.reservationOf(order)).isEmpty();
    }
}
