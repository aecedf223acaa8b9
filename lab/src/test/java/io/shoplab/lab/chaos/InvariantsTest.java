package io.shoplab.lab.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.shoplab.lab.experiment.MoneyConservation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each checker must catch a history or a shop that breaks its rule, not only bless one that keeps it. */
class InvariantsTest {

    // Amounts as written (10.00, not the double 10.0): money is compared and shown exactly.
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String ADA = "chaos-t-r01-c0";
    private static final OrderIntent FIRST = new OrderIntent(ADA + "-o0", ADA, List.of(new OrderIntent.Line(1, 1)), null, false);
    private static final OrderIntent SECOND = new OrderIntent(ADA + "-o1", ADA,
            List.of(new OrderIntent.Line(2, 1), new OrderIntent.Line(95, 2)), null, false);

    private final List<RequestRecord> history = new ArrayList<>();

    @Test
    void aCleanRunBreaksNothing() {
        JsonNode first = order("o-1", FIRST, "CONFIRMED");
        JsonNode second = order("o-2", SECOND, "REJECTED");
        answered(FIRST, 1, 503, null);
        answered(FIRST, 2, 201, first);
        answered(FIRST, 3, 201, first); // the resubmit: the same answer again
        answered(SECOND, 1, 201, second);
        ShopState shop = new ShopState(Set.of(), captured("o-1", "10.00"),
                Map.of("o-1", found(first), "o-2", found(second)), Map.of(ADA, List.of(second, first)), seen(first, second));

        assertThat(Invariants.money(history, shop)).isEmpty();
        assertThat(Invariants.halfDone(history, shop)).isEmpty();
        assertThat(Invariants.acknowledged(history, shop)).isEmpty();
        assertThat(Invariants.idempotent(history, List.of(FIRST, SECOND), shop)).isEmpty();
    }

    @Test
    void stockStillHeldOnceQuietIsHalfDone() {
        JsonNode first = order("o-1", FIRST, "CONFIRMED");
        answered(FIRST, 1, 201, first);
        ShopState shop = new ShopState(Set.of("o-1", "o-9"), captured("o-1", "10.00"), Map.of("o-1", found(first)),
                Map.of(ADA, List.of(first)), seen(first));

        List<Violation> violations = Invariants.halfDone(history, shop);

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.invariant()).isEqualTo(Invariants.HALF_DONE);
            assertThat(violation.detail()).contains("2 orders still hold stock", "o-1", "o-9");
            assertThat(violation.evidence()).singleElement().asString().contains("\"orderId\":\"o-1\"", "\"type\":\"request\"");
        });
    }

    @Test
    void moneyCapturedForAnOrderThatIsNotConfirmedBreaksTheMoneyRule() {
        JsonNode rejected = order("o-2", SECOND, "REJECTED");
        Map<String, MoneyConservation.Capture> captured = new HashMap<>(captured("o-2", "10.00"));
        captured.putAll(captured("o-lost", "10.00"));
        ShopState shop = new ShopState(Set.of(), captured, Map.of("o-2", found(rejected), "o-lost", ShopState.OrderLookup.notFound()),
                Map.of(), List.of(MoneyConservation.OrderSeen.of(rejected), MoneyConservation.OrderSeen.unknown("o-lost")));

        List<Violation> violations = Invariants.money(history, shop);

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.invariant()).isEqualTo(Invariants.MONEY);
            assertThat(violation.detail()).contains("2 payments off", "o-2: 10.00 EUR captured for an order REJECTED",
                    "o-lost: 10.00 EUR captured for an order unknown to the shop");
        });
    }

    @Test
    void aConfirmedOrderOfAnEarlierRunWhosePaymentWasRefundedSinceBreaksTheMoneyRule() {
        JsonNode confirmedEarlier = order("o-1", FIRST, "CONFIRMED");
        ShopState shop = new ShopState(Set.of(), Map.of(), Map.of(), Map.of(), seen(confirmedEarlier));

        assertThat(Invariants.money(history, shop)).singleElement().satisfies(violation -> assertThat(violation.detail())
                .contains("o-1: CONFIRMED (10.00 EUR) without a captured payment"));
    }

    @Test
    void aCaptureOfAnotherAmountThanTheOrdersTotalBreaksTheMoneyRule() {
        JsonNode confirmed = order("o-1", FIRST, "CONFIRMED");
        answered(FIRST, 1, 201, confirmed);
        ShopState shop = new ShopState(Set.of(), captured("o-1", "20.00"), Map.of("o-1", found(confirmed)), Map.of(), seen(confirmed));

        assertThat(Invariants.money(history, shop)).singleElement().satisfies(violation -> {
            assertThat(violation.detail()).contains("o-1: 20.00 EUR captured for an order of 10.00 EUR");
            assertThat(violation.evidence()).singleElement().asString().contains("\"orderId\":\"o-1\"");
        });
    }

    @Test
    void anAcknowledgedOrderThatVanishedOrChangedIsCaught() {
        JsonNode first = order("o-1", FIRST, "CONFIRMED");
        JsonNode second = order("o-2", SECOND, "CONFIRMED");
        answered(FIRST, 1, 201, first);
        answered(SECOND, 1, 201, second);
        ShopState shop = new ShopState(Set.of(), Map.of(), Map.of("o-1", ShopState.OrderLookup.notFound(),
                "o-2", found(order("o-2", SECOND, "REJECTED"))), Map.of(), List.of());

        List<Violation> violations = Invariants.acknowledged(history, shop);

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.invariant()).isEqualTo(Invariants.ACKNOWLEDGED);
            assertThat(violation.detail()).contains("2 acknowledged orders", "o-1 answered CONFIRMED, now unknown to the shop (404)",
                    "o-2 answered CONFIRMED, now REJECTED");
            assertThat(violation.evidence()).hasSize(2);
        });
    }

    @Test
    void aRetryAnsweredWithAnotherOrderIsCaught() {
        answered(FIRST, 1, 201, order("o-1", FIRST, "CONFIRMED"));
        answered(FIRST, 2, 201, order("o-1b", FIRST, "CONFIRMED"));

        List<Violation> violations = Invariants.idempotent(history, List.of(FIRST), shopListing());

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.detail()).contains("1 keys answered 201 with different orders");
            assertThat(violation.evidence()).hasSize(2).anySatisfy(line -> assertThat(line).contains("o-1b"));
        });
    }

    @Test
    void aReplayThatChangedOnlyTheStatusIsCaughtToo() {
        answered(FIRST, 1, 201, order("o-1", FIRST, "CONFIRMED"));
        answered(FIRST, 2, 201, order("o-1", FIRST, "REJECTED"));

        assertThat(Invariants.idempotent(history, List.of(FIRST), shopListing())).hasSize(1);
    }

    @Test
    void aRetryRefusedAsADifferentRequestIsCaught() {
        answered(FIRST, 1, 0, null);
        answered(FIRST, 2, 422, null);

        assertThat(Invariants.idempotent(history, List.of(FIRST), shopListing()))
                .singleElement().satisfies(violation -> assertThat(violation.detail()).contains("refused 422"));
    }

    @Test
    void twoOrdersForOneKeyAreCaught() {
        JsonNode placed = order("o-1", FIRST, "CONFIRMED");
        answered(FIRST, 1, 0, null); // timed out, yet placed an order
        answered(FIRST, 2, 201, placed);

        List<Violation> violations = Invariants.idempotent(history, List.of(FIRST),
                shopListing(placed, order("o-dup", FIRST, "CONFIRMED")));

        assertThat(violations).singleElement().satisfies(violation ->
                assertThat(violation.evidence()).anySatisfy(line -> assertThat(line).contains(FIRST.key() + " placed 2 orders")));
    }

    @Test
    void anOrderNoKeyAskedForIsCaught() {
        JsonNode stray = order("o-x", new OrderIntent("other", ADA, List.of(new OrderIntent.Line(50, 7)), null, false), "CONFIRMED");

        assertThat(Invariants.idempotent(history, List.of(FIRST), shopListing(stray)))
                .singleElement().satisfies(violation -> assertThat(violation.evidence().get(0)).contains("order no key asked for", "o-x"));
    }

    @Test
    void aListShowingAnotherOrderThanTheOneAnsweredIsCaught() {
        answered(FIRST, 1, 201, order("o-1", FIRST, "CONFIRMED"));

        assertThat(Invariants.idempotent(history, List.of(FIRST), shopListing(order("o-other", FIRST, "CONFIRMED"))))
                .singleElement().satisfies(violation -> assertThat(violation.evidence().get(0))
                        .contains("was answered o-1, the list shows [o-other]"));
    }

    @Test
    void countsTheOrdersPlacedAlthoughTheClientNeverSawA201() {
        answered(FIRST, 1, 503, null);
        answered(FIRST, 2, 0, null);         // gave up; recovery confirmed it later
        answered(SECOND, 1, 503, null);      // gave up; nothing was placed

        ShopState shop = shopListing(order("o-1", FIRST, "CONFIRMED"));

        assertThat(Invariants.placedWithoutAnswer(history, List.of(FIRST, SECOND), shop)).isEqualTo(1);
        assertThat(Invariants.idempotent(history, List.of(FIRST, SECOND), shop)).isEmpty();
    }

    private ShopState shopListing(JsonNode... orders) {
        return new ShopState(Set.of(), Map.of(), Map.of(), Map.of(ADA, List.of(orders)), List.of());
    }

    private static Map<String, MoneyConservation.Capture> captured(String orderId, String amount) {
        return Map.of(orderId, new MoneyConservation.Capture(orderId, new BigDecimal(amount), "EUR"));
    }

    private static List<MoneyConservation.OrderSeen> seen(JsonNode... orders) {
        return Stream.of(orders).map(MoneyConservation.OrderSeen::of).toList();
    }

    private void answered(OrderIntent intent, int attempt, int status, JsonNode order) {
        long at = 1_000_000L + history.size() * 100L;
        history.add(new RequestRecord(at, at + 50, Journey.ORDER, 0, "POST", "/api/orders", intent.key(), attempt, status,
                status == 0 ? "timeout" : null, -1, false, order == null ? null : order.path("id").asString(),
                order == null ? null : order.path("status").asString(), order));
    }

    private static ShopState.OrderLookup found(JsonNode order) {
        return new ShopState.OrderLookup(200, order.path("status").asString(), order);
    }

    private static JsonNode order(String id, OrderIntent intent, String status) {
        StringBuilder lines = new StringBuilder();
        for (OrderIntent.Line line : intent.lines()) {
            lines.append(lines.isEmpty() ? "" : ",").append("{\"productId\":").append(line.productId()).append(",\"quantity\":")
                    .append(line.quantity()).append(",\"unitPrice\":10.00}");
        }
        return JSON.readTree("{\"id\":\"" + id + "\",\"customerId\":\"" + intent.customerId() + "\",\"status\":\"" + status
                + "\",\"lines\":[" + lines + "],\"total\":10.00,\"currency\":\"EUR\",\"createdAt\":\"2026-11-24T10:15:30.123Z\"}");
    }
}
