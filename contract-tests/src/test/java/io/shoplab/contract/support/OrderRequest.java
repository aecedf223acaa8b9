package io.shoplab.contract.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid order request, as a client would send it.
 *
 * @param paymentToken {@code null} leaves the field out, so the shop's default ({@code tok_ok}) applies
 */
public record OrderRequest(String customerId, List<OrderLine> lines, String paymentToken) {

    public static final String PAYMENT_OK = "tok_ok";
    public static final String PAYMENT_DECLINED = "tok_declined";

    public static OrderRequest of(String customerId, OrderLine... lines) {
        return new OrderRequest(customerId, List.of(lines), null);
    }

    public OrderRequest withPaymentToken(String token) {
        return new OrderRequest(customerId, lines, token);
    }

    /** The JSON body as a mutable map, so a test can break or extend it. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("customerId", customerId);
        json.put("lines", lines.stream().map(OrderLine::toJson).toList());
        if (paymentToken != null) {
            json.put("paymentToken", paymentToken);
        }
        return json;
    }
}
