package io.shoplab.lab.shopapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * One order a virtual customer wants placed: its {@code Idempotency-Key} and the body sent with every
 * attempt. A customer's intents never share their lines (the first line is derived from the intent's
 * number), so each order in the customer's list is traced back to the one key that could have placed it.
 *
 * @param key the {@code Idempotency-Key}, unique in the campaign
 * @param customerId the run's own customer
 * @param lines in request order
 * @param paymentToken {@code null} for the default {@code tok_ok}; {@code tok_declined} to be declined
 * @param resubmit send the same request once more after a 201, as a user clicking twice would
 */
public record OrderIntent(String key, String customerId, List<Line> lines, String paymentToken, boolean resubmit) {

    static final long PLENTIFUL_PRODUCTS = 90;
    static final long FIRST_SCARCE = 91;
    static final int SCARCE_PRODUCTS = 9;

    public OrderIntent {
        lines = List.copyOf(lines);
    }

    public record Line(long productId, int quantity) {}

    /**
     * The customer's {@code number}-th order (0, 1, …): a line of a plentiful product (1..90) no other intent
     * of this customer has, then in about a third of them a line of a scarce product (91..99, 10 units each
     * at the start), so some orders are rejected OUT_OF_STOCK; about one in ten is declined by payments.
     */
    public static OrderIntent draw(String customerId, int client, int number, Random random) {
        List<Line> lines = new ArrayList<>();
        long marker = 1 + (number + client * 11L) % PLENTIFUL_PRODUCTS;
        lines.add(new Line(marker, 1 + number / (int) PLENTIFUL_PRODUCTS));
        if (random.nextInt(100) < 35) {
            lines.add(new Line(FIRST_SCARCE + random.nextInt(SCARCE_PRODUCTS), 1 + random.nextInt(3)));
        }
        String token = random.nextInt(100) < 10 ? "tok_declined" : null;
        return new OrderIntent(customerId + "-o" + number, customerId, lines, token, random.nextInt(100) < 15);
    }

    public String body() {
        String items = lines.stream()
                .map(line -> "{\"productId\":" + line.productId() + ",\"quantity\":" + line.quantity() + "}")
                .collect(Collectors.joining(","));
        return "{\"customerId\":\"" + customerId + "\",\"lines\":[" + items + "]"
                + (paymentToken == null ? "" : ",\"paymentToken\":\"" + paymentToken + "\"") + "}";
    }

    /** The lines as "productId x quantity, …": how an order in the customer's list is matched to its intent. */
    public String fingerprint() {
        return lines.stream()
                .map(line -> line.productId() + "x" + line.quantity())
                .collect(Collectors.joining(","));
    }

    /** The same fingerprint of an order as the API shows it. */
    public static String fingerprintOf(JsonNode order) {
        return order.path("lines")
                .valueStream()
                .map(line -> line.path("productId").asLong() + "x"
                        + line.path("quantity").asInt())
                .collect(Collectors.joining(","));
    }
}
