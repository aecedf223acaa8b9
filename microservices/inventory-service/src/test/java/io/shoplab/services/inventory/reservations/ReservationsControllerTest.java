package io.shoplab.services.inventory.reservations;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.shoplab.inventory.Inventory;
import io.shoplab.inventory.ReservationStatus;
import io.shoplab.inventory.StockItem;
import io.shoplab.platform.web.PlatformWebAutoConfiguration;
import io.shoplab.platform.web.ServiceUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ReservationsController.class)
@ImportAutoConfiguration(PlatformWebAutoConfiguration.class)
class ReservationsControllerTest {

    private static final UUID ORDER = UUID.fromString("6f1c2a52-0d1e-4f7a-9d4e-2b7f3c9a1e01");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Inventory inventory;

    @Test
    void reservesTheItemsOfTheOrder() throws Exception {
        given(inventory.reserve(ORDER, List.of(new StockItem(1, 2), new StockItem(7, 1))))
                .willReturn(ReservationStatus.RESERVED);
        mvc.perform(put("/internal/reservations/{orderId}", ORDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[{\"productId\":1,\"quantity\":2},{\"productId\":7,\"quantity\":1}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(ORDER.toString()))
                .andExpect(jsonPath("$.status").value("RESERVED"));
    }

    @Test
    void refusesAReservationWithoutItems() throws Exception {
        mvc.perform(put("/internal/reservations/{orderId}", ORDER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("items"));
    }

    @Test
    void commitsAndReleases() throws Exception {
        given(inventory.commit(ORDER)).willReturn(ReservationStatus.COMMITTED);
        given(inventory.release(ORDER)).willReturn(ReservationStatus.RELEASED);
        mvc.perform(post("/internal/reservations/{orderId}/commit", ORDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMMITTED"));
        mvc.perform(post("/internal/reservations/{orderId}/release", ORDER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RELEASED"));
    }

    @Test
    void answersAnUnknownOrderWith404() throws Exception {
        given(inventory.reservationOf(ORDER)).willReturn(Optional.empty());
        mvc.perform(get("/internal/reservations/{orderId}", ORDER))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    @Test
    void aFailingModuleIsA503WithRetryAfter() throws Exception {
        given(inventory.commit(ORDER)).willThrow(new ServiceUnavailableException("database", "down", null));
        mvc.perform(post("/internal/reservations/{orderId}/commit", ORDER))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
    }
}
