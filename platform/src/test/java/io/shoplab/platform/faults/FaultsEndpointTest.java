package io.shoplab.platform.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import javax.sql.DataSource;

import io.shoplab.platform.test.PlatformWebTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Under the {@code faults} profile, {@code /actuator/faults} switches faults on and off at run time. */
@PlatformWebTest
@ActiveProfiles("faults")
@ImportAutoConfiguration(AopAutoConfiguration.class)
// The controller as the management context imports it (FaultsManagementConfiguration); a web slice has none.
@Import({
    WidgetStock.class,
    WidgetStock.WidgetStockController.class,
    FaultsEndpointTest.ADataSource.class,
    FaultsController.class
})
class FaultsEndpointTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class ADataSource {

        @Bean
        DataSource dataSource() {
            return mock(DataSource.class);
        }
    }

    @Autowired
    private MockMvcTester mvc;

    @Autowired
    private DataSource dataSource;

    @AfterEach
    void clearAll() {
        assertThat(mvc.delete().uri("/actuator/faults")).hasStatus(204);
    }

    @Test
    void listsNoFaultsAtFirst() {
        assertThat(mvc.get().uri("/actuator/faults")).hasStatusOk().bodyJson().isStrictlyEqualTo("{}");
    }

    @Test
    void anErrorFaultMakesTheModuleFacadeFailAs503UntilCleared() {
        assertThat(put("widgets", "{\"latencyMs\": 0, \"errorRate\": 1}")).hasStatus(204);

        assertThat(mvc.get().uri("/actuator/faults"))
                .bodyJson()
                .isLenientlyEqualTo("{\"widgets\": {\"latencyMs\": 0, \"errorRate\": 1.0}}");
        MvcTestResult failing = mvc.get().uri("/test/widget-stock").exchange();
        assertThat(failing).hasStatus(503).headers().containsHeader(HttpHeaders.RETRY_AFTER);
        assertThat(failing).bodyJson().extractingPath("$.detail").asString().contains("widgets");

        assertThat(mvc.delete().uri("/actuator/faults/widgets")).hasStatus(204);

        assertThat(mvc.get().uri("/test/widget-stock")).hasStatusOk().bodyText().isEqualTo("7");
    }

    @Test
    void aLatencyFaultSlowsTheModuleFacade() {
        assertThat(put("widgets", "{\"latencyMs\": 150, \"errorRate\": 0}")).hasStatus(204);

        long started = System.nanoTime();
        assertThat(mvc.get().uri("/test/widget-stock")).hasStatusOk();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void theDatabaseIsAComponentAndItsConnectionsGoThroughTheFaults() {
        assertThat(put("database", "{\"latencyMs\": 0, \"errorRate\": 0.5}")).hasStatus(204);

        assertThat(dataSource).isInstanceOf(FaultyDataSource.class);
    }

    @Test
    void clearingAllRemovesEveryFault() {
        put("widgets", "{\"latencyMs\": 5, \"errorRate\": 0}");
        put("database", "{\"latencyMs\": 5, \"errorRate\": 0}");

        assertThat(mvc.delete().uri("/actuator/faults")).hasStatus(204);

        assertThat(mvc.get().uri("/actuator/faults")).bodyJson().isStrictlyEqualTo("{}");
    }

    @Test
    void unknownComponentIs404() {
        MvcTestResult result = put("gateway", "{\"latencyMs\": 0, \"errorRate\": 1}");

        assertThat(result)
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("database", "widgets");
        assertThat(mvc.delete().uri("/actuator/faults/gateway")).hasStatus(404);
    }

    @ParameterizedTest
    @CsvSource({"0, 1.5, errorRate", "0, -0.1, errorRate", "-1, 0, latencyMs", "60001, 0, latencyMs"})
    void faultOutOfRangeIs400NamingTheField(long latencyMs, double errorRate, String field) {
        MvcTestResult result = put("widgets", "{\"latencyMs\": " + latencyMs + ", \"errorRate\": " + errorRate + "}");

        assertThat(result)
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo(field);
        assertThat(mvc.get().uri("/actuator/faults")).bodyJson().isStrictlyEqualTo("{}");
    }

    private MvcTestResult put(String component, String fault) {
        return mvc.put()
                .uri("/actuator/faults/{component}", component)
                .contentType(MediaType.APPLICATION_JSON)
                .content(fault)
                .exchange();
    }
}
