package io.shoplab.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.shoplab.platform.test.ModuleDataTest;
import io.shoplab.platform.web.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reservations keyed by order id: all or none, and every call idempotent, so a saga may repeat any of
 * them and a compensation may overtake the call it undoes.
 */
@ModuleDataTest
@Import({InventoryConfiguration.class, Inventory.class, StockRepository.class, ReservationRepository.class})
// The facade runs its own transactions, as it does for a service; the test sees what they commit.
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class StockReservationTest {

    @Autowired
    private Inventory inventory;

    @Autowired
    private JdbcClient jdbc;

    private TestStock stock;

    @BeforeEach
    void setUp() {
        stock = new TestStock(jdbc);
    }

    @Test
    void reserveMovesUnitsFromAvailableToReservedAddingUpLinesOfOneProduct() {
        long kettle = stock.product(10);
        long lamp = stock.product(5);

        ReservationStatus status = inventory.reserve(
                UUID.randomUUID(), List.of(new StockItem(kettle, 3), new StockItem(lamp, 5), new StockItem(kettle, 2)));

        assertThat(status).isEqualTo(ReservationStatus.RESERVED);
        assertThat(inventory.stockOf(kettle)).isEqualTo(new StockLevel(kettle, 5, 5));
        assertThat(inventory.stockOf(lamp)).isEqualTo(new StockLevel(lamp, 0, 5));
    }

    @Test
    void reserveIsAllOrNone() {
        long plenty = stock.product(100);
        long scarce = stock.product(1);
        UUID order = UUID.randomUUID();

        // The plentiful product comes first, so its units were taken before the scarce one failed.
        ReservationStatus status =
                inventory.reserve(order, List.of(new StockItem(plenty, 30), new StockItem(scarce, 2)));

        assertThat(status).isEqualTo(ReservationStatus.OUT_OF_STOCK);
        assertThat(inventory.stockOf(plenty)).isEqualTo(new StockLevel(plenty, 100, 0));
        assertThat(inventory.stockOf(scarce)).isEqualTo(new StockLevel(scarce, 1, 0));
        assertThat(inventory.reservationOf(order)).contains(ReservationStatus.OUT_OF_STOCK);
    }

    @Test
    void reserveAgainAnswersTheFirstDecisionAndHoldsOnce() {
        long product = stock.product(10);
        UUID order = UUID.randomUUID();

        inventory.reserve(order, List.of(new StockItem(product, 4)));
        ReservationStatus again = inventory.reserve(order, List.of(new StockItem(product, 4)));

        assertThat(again).isEqualTo(ReservationStatus.RESERVED);
        assertThat(inventory.stockOf(product)).isEqualTo(new StockLevel(product, 6, 4));
    }

    @Test
    void anOutOfStockAnswerStaysTheAnswerEvenWhenStockArrivesLater() {
        long product = stock.product(1);
        UUID order = UUID.randomUUID();
        inventory.reserve(order, List.of(new StockItem(product, 2)));

        jdbc.sql("UPDATE inventory.stock SET available = 50 WHERE product_id = ?")
                .param(product)
                .update();

        assertThat(inventory.reserve(order, List.of(new StockItem(product, 2))))
                .isEqualTo(ReservationStatus.OUT_OF_STOCK);
        assertThat(inventory.stockOf(product)).isEqualTo(new StockLevel(product, 50, 0));
    }

    @Test
    void commitTurnsTheHoldIntoASaleOnce() {
        long product = stock.product(10);
        UUID order = UUID.randomUUID();
        inventory.reserve(order, List.of(new StockItem(product, 3)));

        assertThat(inventory.commit(order)).isEqualTo(ReservationStatus.COMMITTED);
        assertThat(inventory.commit(order)).isEqualTo(ReservationStatus.COMMITTED);

        assertThat(inventory.stockOf(product)).isEqualTo(new StockLevel(product, 7, 0));
        assertThat(stock.committed(product)).isEqualTo(3);
    }

    @Test
    void releaseGivesTheHoldBackOnce() {
        long product = stock.product(10);
        UUID order = UUID.randomUUID();
        inventory.reserve(order, List.of(new StockItem(product, 3)));

        assertThat(inventory.release(order)).isEqualTo(ReservationStatus.RELEASED);
        assertThat(inventory.release(order)).isEqualTo(ReservationStatus.RELEASED);

        assertThat(inventory.stockOf(product)).isEqualTo(new StockLevel(product, 10, 0));
    }

    @Test
    void aSaleIsFinalAndAHoldGivenBackCannotBeSold() {
        long product = stock.product(10);
        UUID sold = UUID.randomUUID();
        UUID givenBack = UUID.randomUUID();
        inventory.reserve(sold, List.of(new StockItem(product, 2)));
        inventory.reserve(givenBack, List.of(new StockItem(product, 3)));
        inventory.commit(sold);
        inventory.release(givenBack);

        assertThat(inventory.release(sold)).isEqualTo(ReservationStatus.COMMITTED);
        assertThat(inventory.commit(givenBack)).isEqualTo(ReservationStatus.RELEASED);

        assertThat(inventory.stockOf(product)).isEqualTo(new StockLevel(product, 8, 0));
        assertThat(stock.committed(product)).isEqualTo(2);
    }

    @Test
    void releaseBeforeReserveLeavesAMarkerSoALateReserveHoldsNothing() {
        long product = stock.product(10);
        UUID order = UUID.randomUUID();

        assertThat(inventory.release(order)).isEqualTo(ReservationStatus.RELEASED);
        ReservationStatus late = inventory.reserve(order, List.of(new StockItem(product, 4)));

        assertThat(late).isEqualTo(ReservationStatus.RELEASED);
        assertThat(inventory.stockOf(product)).isEqualTo(new StockLevel(product, 10, 0));
    }

    @Test
    void commitOfAnOrderThatNeverReservedChangesNothing() {
        UUID order = UUID.randomUUID();

        inventory.commit(order);

        assertThat(inventory.reservationOf(order)).isEmpty();
    }

    @Test
    void unknownProductHasNoStock() {
        assertThatThrownBy(() -> inventory.stockOf(999_999_999L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void seedHasTheStockOfApiMd() {
        assertThat(inventory.stockOf(1)).isEqualTo(new StockLevel(1, 1_000_000, 0));
        assertThat(inventory.stockOf(90).available()).isEqualTo(1_000_000);
        assertThat(inventory.stockOf(91).available()).isEqualTo(10);
        assertThat(inventory.stockOf(99).available()).isEqualTo(10);
        assertThat(inventory.stockOf(100).available()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM inventory.stock WHERE product_id <= 100")
                        .query(Long.class)
                        .single())
                .isEqualTo(100);
    }
}
