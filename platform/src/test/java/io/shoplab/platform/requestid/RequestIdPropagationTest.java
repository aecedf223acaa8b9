package io.shoplab.platform.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

/** Outgoing calls made while handling a request carry its id, so one id names a request in every service. */
class RequestIdPropagationTest {

    private final RequestIdPropagation propagation = new RequestIdPropagation();

    @AfterEach
    void tearDown() {
        MDC.clear();
    }

    @Test
    void setsTheCurrentIdOnTheOutgoingCall() throws Exception {
        MDC.put(RequestIds.MDC_KEY, "req-7");
        MockClientHttpRequest outgoing =
                new MockClientHttpRequest(HttpMethod.POST, URI.create("http://inventory/reserve"));

        propagation.intercept(outgoing, new byte[0], (request, body) -> new MockClientHttpResponse());

        assertThat(outgoing.getHeaders().getFirst(RequestIds.HEADER)).isEqualTo("req-7");
    }

    @Test
    void addsNothingOutsideARequest() throws Exception {
        MockClientHttpRequest outgoing = new MockClientHttpRequest(HttpMethod.GET, URI.create("http://eureka/apps"));

        propagation.intercept(outgoing, new byte[0], (request, body) -> new MockClientHttpResponse());

        assertThat(outgoing.getHeaders().containsHeader(RequestIds.HEADER)).isFalse();
    }
}
