package io.shoplab.lab.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The parts of probe answers the lab reads: a product page's degraded parts, Eureka's registry, request counters. */
class ProbeParsingTest {

    @Test
    void aProductPageCountsOnlyWithNothingDegraded() {
        assertThat(RouteProbe.degradedParts("{\"id\":1,\"degraded\":[]}")).isEmpty();
        assertThat(RouteProbe.degradedParts("{\"id\":1,\"degraded\":[\"reviews\"]}"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("reviews"));
        assertThat(RouteProbe.degradedParts("{\"id\":1}")).isPresent();
        assertThat(RouteProbe.degradedParts("<html>")).isPresent();
    }

    @Test
    void findsAnUpInstanceByPortInEurekasAnswer() {
        String eureka = """
                {"application":{"name":"CATALOG-SERVICE","instance":[
                  {"instanceId":"localhost:catalog-service:8081","port":{"$":8081,"@enabled":"true"},"status":"UP"},
                  {"instanceId":"localhost:catalog-service:40000","port":{"$":40000,"@enabled":"true"},"status":"STARTING"}]}}
                """;

        assertThat(InstanceReach.listsUpInstance(eureka, Optional.empty(), 8081))
                .isTrue();
        assertThat(InstanceReach.listsUpInstance(eureka, Optional.empty(), 40000))
                .isFalse();
        assertThat(InstanceReach.listsUpInstance(eureka, Optional.empty(), 1234))
                .isFalse();
    }

    @Test
    void countsOnlyRequestsToPublicPaths() {
        String metrics = """
                # TYPE http_server_requests_seconds summary
                http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/api/products/{id}"} 3
                http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/api/products"} 2.0
                http_server_requests_seconds_count{method="POST",outcome="SUCCESS",status="200",uri="/internal/stock/reservations"} 7
                http_server_requests_seconds_count{method="GET",outcome="SUCCESS",status="200",uri="/actuator/health/{*path}"} 40
                """;

        assertThat(InstanceReach.countPublicRequests(metrics)).hasValue(5);
    }
}
