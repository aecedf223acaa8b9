package io.shoplab.contract.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** One line of an order request. */
public record OrderLine(long productId, int quantity) {

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("productId", productId);
        json.put("quantity", quantity);
        return json;
    }
}
