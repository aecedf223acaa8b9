package io.shoplab.platform.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The id follows work handed to a pool thread (the product page's parts) and does not stay behind there. */
class RequestIdsTest {

    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    @AfterEach
    void tearDown() {
        MDC.clear();
        pool.shutdownNow();
    }

    @Test
    void carriesTheCurrentIdIntoAnotherThreadAndRestoresThatThreadAfterwards() {
        MDC.put(RequestIds.MDC_KEY, "req-1");

        String seen = CompletableFuture.supplyAsync(RequestIds.carriedInto(() -> MDC.get(RequestIds.MDC_KEY)), pool)
                .join();
        String leftBehind = CompletableFuture.supplyAsync(() -> MDC.get(RequestIds.MDC_KEY), pool)
                .join();

        assertThat(seen).isEqualTo("req-1");
        assertThat(leftBehind).isNull();
    }

    @Test
    void currentIsEmptyOutsideARequest() {
        assertThat(RequestIds.current()).isEmpty();
        MDC.put(RequestIds.MDC_KEY, "req-2");
        assertThat(RequestIds.current()).contains("req-2");
    }

    @Test
    void acceptsOnlySafeIds() {
        assertThat(RequestIds.acceptOrCreate("abc-DEF_1.2:3")).isEqualTo("abc-DEF_1.2:3");
        assertThat(RequestIds.acceptOrCreate("abc\r\nX-Evil: 1")).doesNotContain("Evil");
        assertThat(RequestIds.acceptOrCreate(null)).hasSize(36);
    }
}
