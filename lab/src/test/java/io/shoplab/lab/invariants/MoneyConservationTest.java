package io.shoplab.lab.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.shoplab.lab.shopapi.Capture;
import io.shoplab.lab.shopapi.OrderSeen;
import org.junit.jupiter.api.Test;

/** The money check must catch money taken wrongly and not pass on no orders. */
class MoneyConservationTest {

    private static final OrderSeen CONFIRMED = new OrderSeen("o-1", "CONFIRMED", new BigDecimal("19.90"), "EUR");
    private static final OrderSeen REJECTED = new OrderSeen("o-2", "REJECTED", new BigDecimal("5.00"), "EUR");

    @Test
    void passesWhenEachConfirmedOrderIsCapturedForItsTotal() {
        Finding finding = check(captured("o-1", "19.90"), CONFIRMED, REJECTED);

        assertThat(finding.held()).as(finding.detail()).isTrue();
        assertThat(finding.detail())
                .isEqualTo("1 CONFIRMED orders, each captured once for its total; 1 others, none captured");
    }

    @Test
    void failsOnMoneyCapturedForARejectedOrderOrForAnotherAmount() {
        Finding finding =
                check(Map.of("o-1", capture("o-1", "9.90"), "o-2", capture("o-2", "5.00")), CONFIRMED, REJECTED);

        assertThat(finding.held()).isFalse();
        assertThat(finding.detail())
                .contains(
                        "o-1: 9.90 EUR captured for an order of 19.90 EUR",
                        "o-2: 5.00 EUR captured for an order REJECTED 5.00 EUR");
    }

    @Test
    void failsOnAConfirmedOrderWithoutCapture() {
        Finding finding = check(Map.of(), CONFIRMED, REJECTED);

        assertThat(finding.held()).isFalse();
        assertThat(finding.detail()).contains("o-1: CONFIRMED (19.90 EUR) without a captured payment");
    }

    @Test
    void failsAsNotTestedWhenNoOrderWasConfirmed() {
        Finding finding = check(Map.of());

        assertThat(finding.held()).isFalse();
        assertThat(finding.detail()).startsWith("not tested");
    }

    @Test
    void aCaptureWhoseOrderWasNotGivenIsForAnOrderUnknownToTheShop() {
        assertThat(check(captured("o-3", "1.00"), CONFIRMED).detail())
                .contains("o-3: 1.00 EUR captured for an order unknown to the shop");
    }

    private static Finding check(Map<String, Capture> captured, OrderSeen... orders) {
        return new MoneyConservation(captured, List.of(orders), List.of()).check();
    }

    private static Map<String, Capture> captured(String orderId, String amount) {
        return Map.of(orderId, capture(orderId, amount));
    }

    private static Capture capture(String orderId, String amount) {
        return new Capture(orderId, new BigDecimal(amount), "EUR");
    }
}
