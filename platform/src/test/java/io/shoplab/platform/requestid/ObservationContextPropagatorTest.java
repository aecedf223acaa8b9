package io.shoplab.platform.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.bulkhead.ThreadPoolBulkhead;
import io.github.resilience4j.bulkhead.ThreadPoolBulkheadConfig;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request's observation (so its trace) follows work into a thread-pool bulkhead, as the product
 * page's parts run, and does not stay behind on the pool's thread.
 */
class ObservationContextPropagatorTest {

    private final ObservationRegistry observations = ObservationRegistry.create();

    private final ThreadPoolBulkhead bulkhead = ThreadPoolBulkhead.of(
            "part",
            ThreadPoolBulkheadConfig.custom()
                    .coreThreadPoolSize(1)
                    .maxThreadPoolSize(1)
                    .contextPropagator(ObservationContextPropagator.class)
                    .build());

    @AfterEach
    void tearDown() throws Exception {
        bulkhead.close();
    }

    @Test
    void theCallersObservationIsCurrentOnThePoolThreadOnlyWhileItsWorkRuns() {
        observations.observationConfig().observationHandler(context -> true);
        Observation request = Observation.start("request", observations);

        Observation seen;
        try (Observation.Scope scope = request.openScope()) {
            seen = bulkhead.executeSupplier(observations::getCurrentObservation)
                    .toCompletableFuture()
                    .join();
        } finally {
            request.stop();
        }
        Observation leftBehind = bulkhead.executeSupplier(observations::getCurrentObservation)
                .toCompletableFuture()
                .join();

        assertThat(seen).isSameAs(request);
        assertThat(leftBehind).isNull();
    }
}
