package io.shoplab.load.endpoints;

import static io.shoplab.load.endpoints.Json.array;
import static io.shoplab.load.endpoints.Json.element;
import static io.shoplab.load.endpoints.Json.field;
import static io.shoplab.load.endpoints.Json.integer;
import static io.shoplab.load.endpoints.Json.money;
import static io.shoplab.load.endpoints.Json.object;
import static io.shoplab.load.endpoints.Json.require;
import static io.shoplab.load.endpoints.Json.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The catalog bodies of API.md, checked field by field. */
final class ProductRules {

    private ProductRules() {}

    static void summary(Map<String, Object> product) {
        integer(product, "id");
        text(product, "sku");
        text(product, "name");
        money(product, "price");
        require("EUR".equals(field(product, "currency")), "currency is not EUR: " + product.get("currency"));
    }

    /**
     * A page of the seed catalog: ids 1..productCount without gaps, so the page's ids are known.
     */
    static void page(Map<String, Object> body, int page, int size, int productCount) {
        require(integer(body, "page") == page, "page is " + body.get("page") + ", asked " + page);
        require(integer(body, "size") == size, "size is " + body.get("size") + ", asked " + size);
        require(
                integer(body, "totalItems") == productCount,
                "totalItems is " + body.get("totalItems") + ", the seed has " + productCount);
        List<Object> items = array(body, "items");
        long firstId = (long) page * size + 1;
        long expectedCount = Math.max(0, Math.min(size, productCount - firstId + 1));
        require(items.size() == expectedCount, items.size() + " items, expected " + expectedCount);
        for (int i = 0; i < items.size(); i++) {
            var item = element(items.get(i), "item " + i);
            summary(item);
            require(
                    integer(item, "id") == firstId + i,
                    "item " + i + " has id " + item.get("id") + ", expected " + (firstId + i) + " (ordered by id)");
        }
    }

    /** Returns the names of the degraded parts, after checking that they agree with the body. */
    @SuppressWarnings("unchecked")
    static List<String> detail(Map<String, Object> product, int requestedId) {
        summary(product);
        require(integer(product, "id") == requestedId, "id is " + product.get("id") + ", asked " + requestedId);
        text(product, "description");
        var degradedParts = array(product, "degraded");
        require(degradedParts.stream().allMatch(String.class::isInstance), "degraded is not a list of part names");
        var degraded = (List<String>) (List<?>) degradedParts;
        var availabilityStatus = availability(object(product, "availability"));
        var ratingStatus = rating(object(product, "rating"));
        require(
                availabilityStatus.equals("UNKNOWN") == degraded.contains("inventory"),
                "availability " + availabilityStatus + " disagrees with degraded " + degraded);
        require(
                ratingStatus.equals("UNAVAILABLE") == degraded.contains("reviews"),
                "rating " + ratingStatus + " disagrees with degraded " + degraded);
        return degraded;
    }

    private static String availability(Map<String, Object> availability) {
        var status = text(availability, "status");
        require(Set.of("IN_STOCK", "OUT_OF_STOCK", "UNKNOWN").contains(status), "availability.status " + status);
        if (!status.equals("UNKNOWN")) {
            long available = integer(availability, "available");
            require(available >= 0, "availability.available is negative: " + available);
            require(
                    status.equals("IN_STOCK") == available > 0,
                    "availability.status " + status + " with available " + available);
        }
        return status;
    }

    private static String rating(Map<String, Object> rating) {
        var status = text(rating, "status");
        require(Set.of("OK", "UNAVAILABLE").contains(status), "rating.status " + status);
        if (status.equals("OK")) {
            require(integer(rating, "count") >= 0, "rating.count is negative");
            var average = rating.get("average");
            require(
                    average == null || average instanceof Number n && n.doubleValue() >= 1 && n.doubleValue() <= 5,
                    "rating.average is not within 1..5: " + average);
        }
        return status;
    }
}
