package io.shoplab.orders;

import static io.shoplab.platform.test.ProblemAssertions.assertInvalidField;
import static io.shoplab.platform.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shoplab.platform.test.PlatformWebTest;
import io.shoplab.platform.web.PageOf;
import io.shoplab.platform.web.ServiceUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code /api/orders} as docs/api.md describes it, on a mocked orders facade. */
@PlatformWebTest
@Import(OrdersController.class)
class OrdersControllerTest {

    private static final UUID ID = UUID.fromString("6f1c2a52-0d1e-4f7a-9d4e-2b7f3c9a1e01");
    private static final String VALID = """
            {"customerId": "ada", "lines": [{"productId": 7, "quantity": 2}], "paymentToken": "tok_ok"}""";

    @Autowired
    private MockMvcTester mvc;

    @MockitoBean
    private Orders orders;

    @Test
    void placesAnOrderAndSaysWhereItIs() {
        PlaceOrder request = new PlaceOrder("ada", List.of(new PlaceOrder.Line(7L, 2)), "tok_ok");
        given(orders.place(request, Optional.of("key-1"))).willReturn(confirmed());

        MvcTestResult result = post(VALID, "key-1");

        assertThat(result).hasStatus(201).hasHeader("Location", "/api/orders/" + ID);
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"id": "%s", "customerId": "ada", "status": "CONFIRMED",
                 "lines": [{"productId": 7, "quantity": 2, "unitPrice": 12.50}], "total": 25.00, "currency": "EUR",
                 "createdAt": "2026-11-24T10:15:30.123Z"}""".formatted(ID));
        assertThat(result).bodyJson().doesNotHavePath("$.rejectionReason");
        assertThat(result).bodyText().as("money keeps two decimals").contains("\"total\":25.00");
    }

    @Test
    void aRejectedOrderSaysWhy() {
        Order rejected = new Order(
                ID,
                "ada",
                OrderStatus.REJECTED,
                RejectionReason.OUT_OF_STOCK,
                List.of(),
                new BigDecimal("25.00"),
                "EUR",
                createdAt());
        given(orders.place(any(), any())).willReturn(rejected);

        assertThat(post(VALID, null))
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.rejectionReason")
                .isEqualTo("OUT_OF_STOCK");
        then(orders).should().place(any(), eq(Optional.empty()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"customerId\": \" \", \"lines\": [{\"productId\": 7, \"quantity\": 1}]}                  | customerId",
                "{\"customerId\": \"ada\", \"lines\": []}                                                    | lines",
                "{\"customerId\": \"ada\", \"lines\": [{\"productId\": 7, \"quantity\": 0}]}                | lines[0].quantity",
                "{\"customerId\": \"ada\", \"lines\": [{\"productId\": -1, \"quantity\": 1}]}               | lines[0].productId",
                "{\"customerId\": \"ada\", \"lines\": [{\"productId\": 7, \"quantity\": 1}], \"paymentToken\": \" \"} | paymentToken",
                "{\"customerId\": \"ada\", \"lines\": [{\"productId\": 7, \"quantity\": \"two\"}]}          | lines[0].quantity"
            })
    void refusesAnInvalidOrderWithoutPlacingIt(String body, String field) {
        assertInvalidField(post(body, null), field);
        verifyNoInteractions(orders);
    }

    @Test
    void refusesAnIdempotencyKeyOverTwoHundredCharacters() {
        assertInvalidField(post(VALID, "k".repeat(201)), "idempotencyKey");
        verifyNoInteractions(orders);
    }

    @Test
    void aMissingPartIsA503WithRetryAfter() {
        given(orders.place(any(), any())).willThrow(new ServiceUnavailableException("inventory", "down", null));

        MvcTestResult result = post(VALID, null);

        assertProblem(result, 503, "unavailable");
        assertThat(result).hasHeader("Retry-After", "1");
    }

    @Test
    void listsACustomersOrders() {
        given(orders.ordersOf("ada", 0, 20)).willReturn(new PageOf<>(List.of(confirmed()), 0, 20, 1));

        assertThat(mvc.get().uri("/api/orders?customerId=ada"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("""
                {"items": [{"id": "%s", "status": "CONFIRMED"}], "page": 0, "size": 20, "totalItems": 1}""".formatted(ID));
    }

    @ParameterizedTest
    @CsvSource({"/api/orders, customerId", "/api/orders?customerId=ada&size=101, size", "/api/orders/not-a-uuid, id"})
    void refusesAQueryWithoutAskingTheFacade(String uri, String field) {
        assertInvalidField(mvc.get().uri(uri).exchange(), field);
        verifyNoInteractions(orders);
    }

    @Test
    void refusesABlankCustomer() {
        assertInvalidField(mvc.get().uri("/api/orders").param("customerId", " ").exchange(), "customerId");
        verifyNoInteractions(orders);
    }

    private MvcTestResult post(String body, String idempotencyKey) {
        var request = mvc.post()
                .uri("/api/orders")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (idempotencyKey != null) {
            request.header(OrdersController.IDEMPOTENCY_KEY, idempotencyKey);
        }
        return request.exchange();
    }

    private static Order confirmed() {
        return new Order(
                ID,
                "ada",
                OrderStatus.CONFIRMED,
                null,
                List.of(new Order.Line(7, 2, new BigDecimal("12.50"))),
                new BigDecimal("25.00"),
                "EUR",
                createdAt());
    }

    private static OffsetDateTime createdAt() {
        return OffsetDateTime.of(2026, 11, 24, 10, 15, 30, 123_000_000, ZoneOffset.UTC);
    }
}
