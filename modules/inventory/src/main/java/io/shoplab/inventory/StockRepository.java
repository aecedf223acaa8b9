package io.shoplab.inventory;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stock rows, changed only by conditional updates that keep both counts non-negative. */
@Repository
class StockRepository {

    private final JdbcClient jdbc;

    StockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StockLevel> find(long productId) {
        return jdbc.sql("SELECT product_id, available, reserved FROM inventory.stock WHERE product_id = ?")
                .param(productId)
                .query(StockLevel.class)
                .optional();
    }

    /** Moves units from available to reserved if there are enough; false (and no change) if not. */
    boolean reserve(long productId, int quantity) {
        return jdbc.sql("""
                UPDATE inventory.stock SET available = available - :quantity, reserved = reserved + :quantity
                WHERE product_id = :productId AND available >= :quantity""")
                        .param("productId", productId)
                        .param("quantity", quantity)
                        .update()
                == 1;
    }

    void commit(long productId, int quantity) {
        jdbc.sql("UPDATE inventory.stock SET reserved = reserved - :quantity WHERE product_id = :productId")
                .param("productId", productId)
                .param("quantity", quantity)
                .update();
    }

    void release(long productId, int quantity) {
        jdbc.sql("""
                UPDATE inventory.stock SET reserved = reserved - :quantity, available = available + :quantity
                WHERE product_id = :productId""").param("productId", productId).param("quantity", quantity).update();
    }
}
