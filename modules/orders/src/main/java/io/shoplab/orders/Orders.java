package io.shoplab.orders;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.shoplab.platform.ModuleFacade;
import io.shoplab.platform.web.ConflictException;
import io.shoplab.platform.web.FieldProblem;
import io.shoplab.platform.web.InvalidRequestException;
import io.shoplab.platform.web.NotFoundException;
import io.shoplab.platform.web.PageOf;
import io.shoplab.platform.web.UnprocessableRequestException;
import org.springframework.dao.DuplicateKeyException;

/** The orders module's only entry. */
@ModuleFacade(module = "orders")
public class Orders {

    private static final Duration REPLAY_POLL = Duration.ofMillis(50);

    private final OrderRepository orders;
    private final PriceList prices;
    private final OrderPlacement placement;
    private final OrdersProperties properties;

    Orders(OrderRepository orders, PriceList prices, OrderPlacement placement, OrdersProperties properties) {
        this.orders = orders;
        this.prices = prices;
        this.placement = placement;
        this.properties = properties;
    }

    /**
     * Places a valid order: it is stored and answered {@code CONFIRMED} or {@code REJECTED}. With an
     * idempotency key already used for the same request, answers that request's order and creates
     * nothing.
     *
     * @throws InvalidRequestException for an unknown product; nothing is stored
     * @throws UnprocessableRequestException when the key was used for a different request
     * @throws ConflictException when an order with the key is still being placed after a short wait
     */
    public Order place(PlaceOrder request, Optional<String> idempotencyKey) {
        Optional<IdempotencyKey> key = idempotencyKey.map(value -> IdempotencyKey.of(value, request));
        Optional<Order> earlier = key.flatMap(this::orderPlacedWith);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        OrderDraft draft = priced(request);
        try {
            return placement.place(draft, key);
        } catch (DuplicateKeyException sameKeyMeanwhile) {
            // A concurrent request with the same key was stored first: answer as a replay of it.
            return key.flatMap(this::orderPlacedWith).orElseThrow(() -> sameKeyMeanwhile);
        }
    }

    /** @throws NotFoundException when there is no such order */
    public Order order(UUID id) {
        return orders.find(id).orElseThrow(() -> new NotFoundException("No order " + id));
    }

    /** The customer's orders, newest first. */
    public PageOf<Order> ordersOf(String customerId, int page, int size) {
        return new PageOf<>(orders.pageOf(customerId, page, size), page, size, orders.countOf(customerId));
    }

    /**
     * The order placed earlier with this key, if any. One still being placed (a saga under way: the
     * monolith's transaction hides it until it is done) is waited for, so overlapping retries get the
     * first answer as they do from the monolith; one that was aborted freed its key: empty.
     *
     * @throws ConflictException when it is still being placed after the wait
     */
    private Optional<Order> orderPlacedWith(IdempotencyKey key) {
        Instant deadline = Instant.now().plus(properties.replayWait());
        Optional<OrderRepository.StoredKey> stored = orders.findByIdempotencyKey(key.key());
        while (stored.isPresent() && stored.get().pending() && Instant.now().isBefore(deadline)) {
            pause();
            stored = orders.findByIdempotencyKey(key.key());
        }
        return stored.map(found -> {
            if (!found.fingerprint().equals(key.fingerprint())) {
                throw new UnprocessableRequestException(
                        "The Idempotency-Key '" + key.key() + "' was already used for a different request.");
            }
            if (found.pending()) {
                throw new ConflictException("The order with Idempotency-Key '" + key.key()
                        + "' is still being placed; retry with the same key to get its answer.");
            }
            return order(found.orderId());
        });
    }

    private static void pause() {
        try {
            Thread.sleep(REPLAY_POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("interrupted while waiting for an order with the same Idempotency-Key");
        }
    }

    private OrderDraft priced(PlaceOrder request) {
        Set<Long> productIds =
                request.lines().stream().map(PlaceOrder.Line::productId).collect(Collectors.toSet());
        Map<Long, BigDecimal> known = prices.pricesOf(productIds);
        List<FieldProblem> unknown = new ArrayList<>();
        List<Order.Line> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            PlaceOrder.Line line = request.lines().get(i);
            BigDecimal price = known.get(line.productId());
            if (price == null) {
                unknown.add(new FieldProblem("lines[" + i + "].productId", "no product " + line.productId()));
            } else {
                lines.add(new Order.Line(line.productId(), line.quantity(), price));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(unknown);
        }
        return OrderDraft.of(request.customerId(), lines, prices.currency(), request.paymentTokenOrDefault());
    }
}
