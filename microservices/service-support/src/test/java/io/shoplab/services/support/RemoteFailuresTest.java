package io.shoplab.services.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpTimeoutException;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.shoplab.platform.web.ServiceUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

class RemoteFailuresTest {

    @Test
    void outagesBecomeServiceUnavailableOfThePart() {
        var outages = new RuntimeException[] {
            new ResourceAccessException("I/O error", new IOException("Connection refused")),
            new ResourceAccessException("I/O error", new HttpTimeoutException("request timed out")),
            HttpServerErrorException.create(
                    HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable", HttpHeaders.EMPTY, null, null),
            CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("inventory")),
            BulkheadFullException.createBulkheadFullException(Bulkhead.ofDefaults("inventory")),
            new IllegalStateException("No instances available for inventory-service")
        };
        for (RuntimeException outage : outages) {
            RuntimeException translated = RemoteFailures.translate("inventory", outage);
            assertThat(translated)
                    .as(outage.toString())
                    .isInstanceOf(ServiceUnavailableException.class)
                    .hasCause(outage);
            assertThat(((ServiceUnavailableException) translated).component()).isEqualTo("inventory");
        }
    }

    @Test
    void aClientErrorStaysWhatItIs() {
        var notFound =
                HttpClientErrorException.create(HttpStatus.NOT_FOUND, "Not Found", HttpHeaders.EMPTY, null, null);
        assertThat(RemoteFailures.translate("catalog", notFound)).isSameAs(notFound);
    }

    @Test
    void anAlreadyTranslatedFailureKeepsItsPart() {
        var unavailable = new ServiceUnavailableException("database", "down", null);
        assertThat(RemoteFailures.translate("catalog", unavailable)).isSameAs(unavailable);
    }
}
