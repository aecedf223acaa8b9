package io.shoplab.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.shoplab.platform.test.PlatformWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Without the {@code faults} profile there is nothing to switch: no endpoint, no aspect, no wrapped data source. */
@PlatformWebTest
class NoFaultsWithoutProfileTest {

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private ApplicationContext context;

    @Test
    void thereIsNoFaultsEndpoint() {
        assertThat(mvc.get().uri("/actuator/faults")).hasStatus(404);
        assertThat(mvc.put()
                        .uri("/actuator/faults/reviews")
                        .contentType("application/json")
                        .content("{\"latencyMs\": 0, \"errorRate\": 1}"))
                .hasStatus(404);
    }

    @Test
    void thereAreNoFaultBeans() {
        assertThat(context.getBeansOfType(Faults.class)).isEmpty();
        assertThat(context.getBeansOfType(FaultInjectionAspect.class)).isEmpty();
    }
}
