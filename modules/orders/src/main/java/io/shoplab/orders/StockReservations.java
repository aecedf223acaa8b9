package io.shoplab.orders;

import java.util.List;
import java.util.UUID;

/** The orders module's port to the stock: inventory, in process or over HTTP. Every call is keyed by the order and idempotent. */
public interface StockReservations {

    /** Holds the lines' stock, all or none; false when there is not enough. */
    boolean reserve(UUID orderId, List<Order.Line> lines);

    /**
     * Turns the hold into a sale. True when the order's stock is sold (now or before); false when the
     * hold was given back first, so nothing is sold and the order cannot be confirmed.
     */
    boolean commit(UUID orderId);

    /**
     * Gives the hold back; also when there was none, so a late reservation holds nothing. True when
     * nothing is held for the order any more; false when its stock was sold first (the order went forward).
     */
    boolean release(UUID orderId);
}
