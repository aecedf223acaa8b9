package io.shoplab.lab.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.shoplab.lab.shopapi.Capture;
import io.shoplab.lab.shopapi.Journey;
import io.shoplab.lab.shopapi.OrderIntent;
import io.shoplab.lab.shopapi.OrderSeen;
import io.shoplab.lab.shopapi.RequestRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each checker must catch a history or a shop that breaks its rule, not only bless one that keeps it. */
class InvariantsTest {

    // Amounts as written (10.00, not the double 10.0): money is compared and shown exactly.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final String ADA = "chaos-t-r01-c0";
    private static final OrderIntent FIRST =
            new OrderIntent(ADA + "-o0", ADA, List.of(new OrderIntent.Line(1, 1)), null, false);
    private static final OrderIntent SECOND = new OrderIntent(
            ADA + "-o1", ADA, List.of(new OrderIntent.Line(2, 1), new OrderIntent.Line(95, 2)), null, false);

    private final List<RequestRecord> history = new ArrayList<>();

    @Test
    void aCleanRunBreaksNothing() {
        JsonNode first = order("o-1", FIRST, "CONFIRMED");
        JsonNode second = order("o-2", SECOND, "REJECTED");
        answered(FIRST, 1, 503, null);
        answered(FIRST, 2, 201, first);
        answered(FIRST, 3, 201, first); // the resubmit: the same answer again
        answered(SECOND, 1, 201, second);

        assertThat(List.of(
                        new MoneyConservation(captured("o-1", "10.00"), seen(first, second), history).check(),
                        new NoHalfDone(Set.of(), history).check(),
                        new AcknowledgedKept(history, byId(first, second)).check(),
                        new IdempotentRetries(history, List.of(FIRST, SECOND), Map.of(ADA, List.of(second, first)))
                                .check()))
                .allSatisfy(finding ->
                        assertThat(finding.held()).as(finding.detail()).isTrue());
    }

    @Test
    void stockStillHeldOnceQuietIsHalfDone() {
        answered(FIRST, 1, 201, order("o-1", FIRST, "CONFIRMED"));

        Finding finding = new NoHalfDone(Set.of("o-1", "o-9"), history).check();

        assertThat(finding.held()).isFalse();
        assertThat(finding.invariant()).isEqualTo(NoHalfDone.NAME);
        assertThat(finding.detail()).contains("2 orders still hold stock", "o-1", "o-9");
        assertThat(finding.evidence())
                .singleElement()
                .asString()
                .contains("\"orderId\":\"o-1\"", "\"type\":\"request\"");
    }

    @Test
    void moneyCapturedForAnOrderThatIsNotConfirmedBreaksTheMoneyRule() {
        JsonNode rejected = order("o-2", SECOND, "REJECTED");
        Map<String, Capture> captured = new HashMap<>(captured("o-2", "10.00"));
        captured.putAll(captured("o-lost", "10.00"));

        Finding finding = new MoneyConservation(
                        captured, List.of(OrderSeen.of(rejected), OrderSeen.unknown("o-lost")), history)
                .check();

        assertThat(finding.held()).isFalse();
        assertThat(finding.invariant()).isEqualTo(MoneyConservation.NAME);
        assertThat(finding.detail())
                .contains(
                        "2 payments off",
                        "o-2: 10.00 EUR captured for an order REJECTED",
                        "o-lost: 10.00 EUR captured for an order unknown to the shop");
    }

    @Test
    void aConfirmedOrderOfAnEarlierRunWhosePaymentWasRefundedSinceBreaksTheMoneyRule() {
        JsonNode confirmedEarlier = order("o-1", FIRST, "CONFIRMED");

        assertThat(new MoneyConservation(Map.of(), seen(confirmedEarlier), history)
                        .check()
                        .detail())
                .contains("o-1: CONFIRMED (10.00 EUR) without a captured payment");
    }

    @Test
    void aCaptureOfAnotherAmountThanTheOrdersTotalBreaksTheMoneyRule() {
        JsonNode confirmed = order("o-1", FIRST, "CONFIRMED");
        answered(FIRST, 1, 201, confirmed);

        Finding finding = new MoneyConservation(captured("o-1", "20.00"), seen(confirmed), history).check();

        assertThat(finding.detail()).contains("o-1: 20.00 EUR captured for an order of 10.00 EUR");
        assertThat(finding.evidence()).singleElement().asString().contains("\"orderId\":\"o-1\"");
    }

    @Test
    void anAcknowledgedOrderThatVanishedOrChangedIsCaught() {
        answered(FIRST, 1, 201, order("o-1", FIRST, "CONFIRMED"));
        answered(SECOND, 1, 201, order("o-2", SECOND, "CONFIRMED"));
        Map<String, OrderSeen> now =
                Map.of("o-1", OrderSeen.unknown("o-1"), "o-2", OrderSeen.of(order("o-2", SECOND, "REJECTED")));

        Finding finding = new AcknowledgedKept(history, now).check();

        assertThat(finding.held()).isFalse();
        assertThat(finding.invariant()).isEqualTo(AcknowledgedKept.NAME);
        assertThat(finding.detail())
                .contains(
                        "2 acknowledged orders",
                        "o-1 answered CONFIRMED, now unknown to the shop",
                        "o-2 answered CONFIRMED, now REJECTED");
        assertThat(finding.evidence()).hasSize(2);
    }

    @Test
    void aRetryAnsweredWithAnotherOrderIsCaught() {
        answered(FIRST, 1, 201, order("o-1", FIRST, "CONFIRMED"));
        answered(FIRST, 2, 201, order("o-1b", FIRST, "CONFIRMED"));

        Finding finding = idempotent();

        assertThat(finding.held()).isFalse();
        assertThat(finding.detail()).isEqualTo("1 keys answered 201 with different orders");
        assertThat(finding.evidence())
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("o-1b"));
    }

    @Test
    void aReplayThatChangedOnlyTheStatusIsCaughtToo() {
        answered(FIRST, 1, 201, order("o-1", FIRST, "CONFIRMED"));
        answered(FIRST, 2, 201, order("o-1", FIRST, "REJECTED"));

        assertThat(idempotent().detail()).isEqualTo("1 keys answered 201 with different orders");
    }

    @Test
    void aRetryRefusedAsADifferentRequestIsCaught() {
        answered(FIRST, 1, 0, null);
        answered(FIRST, 2, 422, null);

        assertThat(idempotent().detail()).isEqualTo("1 retries with the same key and body refused 422");
    }

    @Test
    void twoOrdersForOneKeyAreCaught() {
        JsonNode placed = order("o-1", FIRST, "CONFIRMED");
        answered(FIRST, 1, 0, null); // timed out, yet placed an order
        answered(FIRST, 2, 201, placed);

        Finding finding = idempotent(placed, order("o-dup", FIRST, "CONFIRMED"));

        assertThat(finding.held()).isFalse();
        assertThat(finding.evidence()).anySatisfy(line -> assertThat(line).contains(FIRST.key() + " placed 2 orders"));
    }

    @Test
    void anOrderNoKeyAskedForIsCaught() {
        JsonNode stray = order(
                "o-x", new OrderIntent("other", ADA, List.of(new OrderIntent.Line(50, 7)), null, false), "CONFIRMED");

        assertThat(idempotent(stray).evidence()).singleElement().asString().contains("order no key asked for", "o-x");
    }

    @Test
    void aListShowingAnotherOrderThanTheOneAnsweredIsCaught() {
        answered(FIRST, 1, 201, order("o-1", FIRST, "CONFIRMED"));

        assertThat(idempotent(order("o-other", FIRST, "CONFIRMED")).evidence())
                .singleElement()
                .asString()
                .contains("was answered o-1, the list shows [o-other]");
    }

    @Test
    void countsTheOrdersPlacedAlthoughTheClientNeverSawA201() {
        answered(FIRST, 1, 503, null);
        answered(FIRST, 2, 0, null); // gave up; recovery confirmed it later
        answered(SECOND, 1, 503, null); // gave up; nothing was placed

        IdempotentRetries check = new IdempotentRetries(
                history, List.of(FIRST, SECOND), Map.of(ADA, List.of(order("o-1", FIRST, "CONFIRMED"))));

        assertThat(check.placedWithoutAnswer()).isEqualTo(1);
        assertThat(check.check().held()).isTrue();
    }

    /** The idempotency check of {@link #FIRST}'s attempts, with these orders in the customer's list. */
    private Finding idempotent(JsonNode... listed) {
        return new IdempotentRetries(history, List.of(FIRST), Map.of(ADA, List.of(listed))).check();
    }

    private static Map<String, Capture> captured(String orderId, String amount) {
        return Map.of(orderId, new Capture(orderId, new BigDecimal(amount), "EUR"));
    }

    private static List<OrderSeen> seen(JsonNode... orders) {
        return Stream.of(orders).map(OrderSeen::of).toList();
    }

    private static Map<String, OrderSeen> byId(JsonNode... orders) {
        return Stream.of(orders).map(OrderSeen::of).collect(Collectors.toMap(OrderSeen::orderId, order -> order));
    }

    private void answered(OrderIntent intent, int attempt, int status, JsonNode order) {
        long at = 1_000_000L + history.size() * 100L;
        history.add(new RequestRecord(
                at,
                at + 50,
                Journey.ORDER,
                0,
                "POST",
                "/api/orders",
                intent.key(),
                attempt,
                status,
                status == 0 ? "timeout" : null,
                -1,
                false,
                order == null ? null : order.path("id").asString(),
                order == null ? null : order.path("status").asString(),
                order));
    }

    private static JsonNode order(String id, OrderIntent intent, String status) {
        StringBuilder lines = new StringBuilder();
        for (OrderIntent.Line line : intent.lines()) {
            lines.append(lines.isEmpty() ? "" : ",")
                    .append("{\"productId\":")
                    .append(line.productId())
                    .append(",\"quantity\":")
                    .append(line.quantity())
                    .append(",\"unitPrice\":10.00}");
        }
        return JSON.readTree("{\"id\":\"" + id + "\",\"customerId\":\"" + intent.customerId() + "\",\"status\":\""
                + status + "\",\"lines\":[" + lines
                + "],\"total\":10.00,\"currency\":\"EUR\",\"createdAt\":\"2026-11-24T10:15:30.123Z\"}");
    }
}
