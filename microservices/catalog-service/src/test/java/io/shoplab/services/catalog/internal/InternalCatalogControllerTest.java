package io.shoplab.services.catalog.internal;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import io.shoplab.catalog.Catalog;
import io.shoplab.platform.web.PlatformWebAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(InternalCatalogController.class)
@ImportAutoConfiguration(PlatformWebAutoConfiguration.class)
class InternalCatalogControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Catalog catalog;

    @Test
    void saysWhetherAProductExists() throws Exception {
        given(catalog.exists(1)).willReturn(true);
        mvc.perform(get("/internal/products/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(1))
                .andExpect(jsonPath("$.exists").value(true));
        mvc.perform(get("/internal/products/999")).andExpect(status().isNotFound());
    }

    @Test
    void pricesTheKnownProductsOnly() throws Exception {
        given(catalog.pricesOf(Set.of(1L, 2L, 999L)))
                .willReturn(Map.of(1L, new BigDecimal("12.30"), 2L, new BigDecimal("5.00")));
        mvc.perform(get("/internal/prices").param("ids", "1,2,999"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.prices.1").value(12.30))
                .andExpect(jsonPath("$.prices.2").value(5.00))
                .andExpect(jsonPath("$.prices.999").doesNotExist());
    }

    @Test
    void withoutIdsAnswersTheCurrencyOnly() throws Exception {
        mvc.perform(get("/internal/prices"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.prices").isEmpty());
    }
}
