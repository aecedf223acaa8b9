package io.shoplab.lab.invariants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The checker must catch a shop that loses or invents stock, not only bless one that does not. */
class StockConservationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Long, Long> before = shelfOf(100);
    private final Map<Long, Long> shelf = shelfOf(100);
    private final Map<String, List<JsonNode>> ordersByCustomer = new HashMap<>();

    @Test
    void passesWhenWhatLeftTheShelfWasSold() {
        sell("ada", 7, 3);

        Finding finding = check();

        assertThat(finding.held()).as(finding.detail()).isTrue();
        assertThat(finding.detail())
                .isEqualTo("100 products: shelf + 3 units sold to 1 customers = stock before; nothing reserved");
    }

    @Test
    void failsWhenStockVanishesWithoutAConfirmedOrder() {
        sell("ada", 7, 3);
        shelf.merge(9L, -2L, Long::sum);

        Finding finding = check();

        assertThat(finding.held()).isFalse();
        assertThat(finding.detail()).isEqualTo("1 products off: product 9: 100 before, 98 now (shelf + sold)");
    }

    @Test
    void countsTheConfirmedOrdersOfEveryCustomerGivenAsTheChaosCampaignDoesAcrossRuns() {
        sell("run-1-customer", 7, 3);
        sell("run-2-customer", 8, 2);

        assertThat(check().held()).isTrue();
        ordersByCustomer.remove("run-1-customer");
        Finding onlyTheLastRun = check();
        assertThat(onlyTheLastRun.held()).isFalse();
        assertThat(onlyTheLastRun.detail()).contains("product 7: 100 before, 97 now");
    }

    @Test
    void failsAsNotTestedWhenNothingWasSold() {
        ordersByCustomer.put("nobody-bought", List.of());

        Finding finding = check();

        assertThat(finding.held()).isFalse();
        assertThat(finding.detail()).startsWith("not tested");
    }

    @Test
    void failsWhenStockStaysReserved() {
        sell("ada", 7, 3);

        Finding finding = new StockConservation(before, null, ordersByCustomer).check();

        assertThat(finding.held()).isFalse();
        assertThat(finding.detail()).contains("stock still reserved", "half-done");
    }

    private Finding check() {
        return new StockConservation(before, shelf, ordersByCustomer).check();
    }

    /** A CONFIRMED order of the units that left the shelf, and a REJECTED one that took none. */
    private void sell(String customer, long productId, long quantity) {
        shelf.merge(productId, -quantity, Long::sum);
        ordersByCustomer.put(
                customer,
                List.of(
                        JSON.readTree("{\"status\":\"CONFIRMED\",\"lines\":[{\"productId\":%d,\"quantity\":%d}]}"
                                .formatted(productId, quantity)),
                        JSON.readTree("{\"status\":\"REJECTED\",\"lines\":[{\"productId\":%d,\"quantity\":50}]}"
                                .formatted(productId))));
    }

    private static Map<Long, Long> shelfOf(long units) {
        Map<Long, Long> shelf = new HashMap<>();
        for (long id = 1; id <= 100; id++) {
            shelf.put(id, units);
        }
        return shelf;
    }
}
