package io.shoplab.contract.fuzz;

import static io.shoplab.contract.support.OrderAssertions.assertCreatedOrder;
import static io.shoplab.contract.support.OrderAssertions.sumOfLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.shoplab.contract.support.ShopClient;
import io.shoplab.contract.support.ShopContract;
import io.shoplab.contract.support.StockLevel;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Valid but unusual orders, generated from the fuzz seed ({@code -Dshop.fuzz.seed}), {@code
 * -Dshop.fuzz.unusual} of them (default {@value #DEFAULT_COUNT}): an explicit null token, odd but
 * non-blank tokens, the largest quantities and line counts, one product on many lines, non-ASCII and
 * space-padded customer ids, unknown fields. Each must be answered exactly as API.md says — 201, the
 * lines and customer echoed, the exact total, stock taken only when confirmed, nothing left reserved —
 * so the monolith and the microservices, each held to the same answer, answer alike.
 */
@ShopContract
class UnusualOrderFuzzTest {

    static final int DEFAULT_COUNT = 40;
    private static final int STOCK_CHECKED_PRODUCTS = 3;

    private final ShopClient shop;

    UnusualOrderFuzzTest(ShopClient shop) {
        this.shop = shop;
    }

    @TestFactory
    Stream<DynamicTest> everyUnusualValidOrderIsPlacedAsAnyOther() {
        FuzzSettings settings = FuzzSettings.fromSystemProperties();
        SplittableRandom random = new SplittableRandom(settings.seed() ^ 0x5EEDL);
        int count = Integer.getInteger("shop.fuzz.unusual", DEFAULT_COUNT);
        return IntStream.range(0, count)
                .mapToObj(i -> unusual(new Chance(random.split())))
                .map(order -> DynamicTest.dynamicTest(order.why(), () -> check(order)));
    }

    private void check(UnusualOrder order) {
        Map<Long, StockLevel> before = new LinkedHashMap<>();
        order.products().stream().limit(STOCK_CHECKED_PRODUCTS).forEach(id -> before.put(id, StockLevel.of(shop, id)));

        JsonNode placed = assertCreatedOrder(shop.postJson("/api/orders", order.body()), order.customerId());

        boolean declined = "tok_declined".equals(order.body().get("paymentToken"));
        assertThat(placed.path("status").stringValue()).as(order.why()).isEqualTo(declined ? "REJECTED" : "CONFIRMED");
        assertThat(placed.path("lines").values())
                .as("lines of %s", order.why())
                .extracting(line -> line.path("productId").longValue() + "x"
                        + line.path("quantity").intValue())
                .containsExactlyElementsOf(order.lines().stream()
                        .map(line -> line.get("productId") + "x" + line.get("quantity"))
                        .toList());
        assertThat(placed.path("total").decimalValue()).isEqualByComparingTo(sumOfLines(placed));
        before.forEach((productId, level) -> {
            long taken = declined
                    ? 0
                    : order.lines().stream()
                            .filter(line -> line.get("productId").equals(productId))
                            .mapToLong(line -> ((Number) line.get("quantity")).longValue())
                            .sum();
            assertThat(StockLevel.of(shop, productId))
                    .as("stock of %d after %s", productId, order.why())
                    .isEqualTo(level.minusAvailable((int) taken));
        });
    }

    private static UnusualOrder unusual(Chance chance) {
        List<String> why = new ArrayList<>();
        Map<String, Object> body = new LinkedHashMap<>();
        String customerId = customerId(chance, why);
        body.put("customerId", customerId);
        List<Map<String, Object>> lines = lines(chance, why);
        body.put("lines", lines);
        switch (chance.between(0, 4)) {
            case 0 -> why.add("no paymentToken");
            case 1 -> {
                body.put("paymentToken", null);
                why.add("paymentToken null");
            }
            case 2 -> {
                String token = chance.pick(
                        " tok_ok",
                        "tok_ok ",
                        "\u00A0",
                        "tok_\uD83D\uDCB3",
                        "t".repeat(100),
                        "TOK_DECLINED",
                        "tok_declined ",
                        "\u200B");
                body.put("paymentToken", token);
                why.add("paymentToken '" + token + "'");
            }
            default -> {
                String token = chance.pick("tok_ok", "tok_declined");
                body.put("paymentToken", token);
                why.add("paymentToken " + token);
            }
        }
        if (chance.chance(0.3)) {
            body.put("note", chance.pick(HostileValues.ODD_TEXT));
            body.put("coupon", null);
            why.add("unknown fields");
        }
        List<Long> products = lines.stream()
                .map(line -> (Long) line.get("productId"))
                .distinct()
                .toList();
        return new UnusualOrder(String.join("; ", why), customerId, body, lines, products);
    }

    /** Non-ASCII, padded or at the limit; at most 100 UTF-16 units and never blank. */
    private static String customerId(Chance chance, List<String> why) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String customerId = switch (chance.between(0, 3)) {
            case 0 -> chance.pick(HostileValues.ODD_TEXT) + "-" + unique;
            case 1 ->
                chance.pick("Ærøskøbing-", "\u0645\u062A\u062C\u0631-", "\u5BA2\u6237-", "\uD83D\uDED2-", "e\u0301-")
                        + unique;
            case 2 -> "  padded " + unique + "  ";
            default -> unique + "c".repeat(92);
        };
        why.add("customerId '" + customerId + "'");
        return customerId;
    }

    /** Up to 50 lines of plentiful products, quantities up to 1000, one product possibly on many lines. */
    private static List<Map<String, Object>> lines(Chance chance, List<String> why) {
        int count = chance.pick(1, 2, 7, 49, 50);
        long repeated = chance.between(1, 90);
        boolean repeat = chance.chance(0.5);
        boolean largest = chance.chance(0.3);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long productId = repeat && chance.chance(0.7) ? repeated : chance.between(1, 90);
            int quantity = largest && i < 3 ? 1000 : chance.between(1, 5);
            lines.add(Bodies.line(productId, quantity));
        }
        why.add(count + " lines" + (repeat ? ", product " + repeated + " repeated" : "")
                + (largest ? ", quantities of 1000" : ""));
        return lines;
    }

    private record UnusualOrder(
            String why,
            String customerId,
            Map<String, Object> body,
            List<Map<String, Object>> lines,
            List<Long> products) {}
}
