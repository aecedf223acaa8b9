package io.shoplab.services.payments.capture;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import io.shoplab.payments.Payment;
import io.shoplab.payments.PaymentRequest;
import io.shoplab.payments.PaymentStatus;
import io.shoplab.payments.Payments;
import io.shoplab.platform.web.PlatformWebAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PaymentsController.class)
@ImportAutoConfiguration(PlatformWebAutoConfiguration.class)
class PaymentsControllerTest {

    private static final UUID ORDER = UUID.fromString("0b9a7c1e-3f52-4d8e-a1c6-5e2d4f7b8a90");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Payments payments;

    @Test
    void capturesTheExactAmount() throws Exception {
        given(payments.capture(new PaymentRequest(ORDER, "c-1", new BigDecimal("25.80"), "EUR", "tok_ok")))
                .willReturn(PaymentStatus.CAPTURED);
        mvc.perform(
                        put("/internal/payments/{orderId}", ORDER)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"customerId\":\"c-1\",\"amount\":25.80,\"currency\":\"EUR\",\"paymentToken\":\"tok_ok\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(ORDER.toString()))
                .andExpect(jsonPath("$.status").value("CAPTURED"));
    }

    @Test
    void refusesACaptureWithoutAmount() throws Exception {
        mvc.perform(put("/internal/payments/{orderId}", ORDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerId\":\"c-1\",\"currency\":\"EUR\",\"paymentToken\":\"tok_ok\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("amount"));
    }

    @Test
    void refunds() throws Exception {
        given(payments.voidOrRefund(ORDER)).willReturn(PaymentStatus.REFUNDED);
        mvc.perform(post("/internal/payments/{orderId}/refund", ORDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUNDED"));
    }

    @Test
    void showsThePaymentOr404() throws Exception {
        given(payments.paymentOf(ORDER))
                .willReturn(Optional.of(new Payment(
                        ORDER,
                        "c-1",
                        new BigDecimal("25.80"),
                        "EUR",
                        PaymentStatus.CAPTURED,
                        OffsetDateTime.parse("2026-11-24T10:15:30.123Z"))));
        mvc.perform(get("/internal/payments/{orderId}", ORDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CAPTURED"))
                .andExpect(jsonPath("$.amount").value(25.80));
        mvc.perform(get("/internal/payments/{orderId}", UUID.randomUUID())).andExpect(status().isNotFound());
    }
}
