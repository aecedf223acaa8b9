package io.shoplab.services.reviews.internal;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import io.shoplab.platform.web.PlatformWebAutoConfiguration;
import io.shoplab.reviews.RatingSummary;
import io.shoplab.reviews.Reviews;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(RatingsController.class)
@ImportAutoConfiguration(PlatformWebAutoConfiguration.class)
class RatingsControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Reviews reviews;

    @Test
    void answersTheRatingSummary() throws Exception {
        given(reviews.ratingOf(1)).willReturn(new RatingSummary(new BigDecimal("4.25"), 4));
        mvc.perform(get("/internal/ratings/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.average").value(4.25))
                .andExpect(jsonPath("$.count").value(4));
    }

    @Test
    void aProductWithoutReviewsHasNoAverage() throws Exception {
        given(reviews.ratingOf(2)).willReturn(new RatingSummary(null, 0));
        mvc.perform(get("/internal/ratings/2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.average").doesNotExist())
                .andExpect(jsonPath("$.count").value(0));
    }
}
