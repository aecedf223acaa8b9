package io.shoplab.orders;

import java.util.Optional;

/**
 * How a priced order becomes {@code CONFIRMED} or {@code REJECTED}: take stock, capture payment,
 * confirm. The architectures differ exactly here: one local transaction in the monolith, a saga with
 * compensation between services.
 */
interface OrderPlacement {

    /**
     * @throws org.springframework.dao.DuplicateKeyException when the idempotency key was stored meanwhile
     * @throws io.shoplab.platform.web.ServiceUnavailableException when a part it needs cannot answer;
     *         nothing is left half-done
     */
    Order place(OrderDraft draft, Optional<IdempotencyKey> key);
}
