package io.shoplab.platform.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.shoplab.platform.test.PlatformWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every answer carries an {@code X-Request-Id}, which the log MDC holds while the request is handled. */
@PlatformWebTest
class RequestIdFilterTest {

    @Autowired
    private MockMvcTester mvc;

    @Test
    void echoesAValidIdAndKeepsItInTheMdcWhileHandling() {
        MvcTestResult result = mvc.get()
                .uri("/test/request-id")
                .header(RequestIds.HEADER, "lab-run:42_a.b")
                .exchange();

        assertThat(result).headers().hasValue(RequestIds.HEADER, "lab-run:42_a.b");
        assertThat(result).bodyJson().extractingPath("$.mdc").isEqualTo("lab-run:42_a.b");
        // The test thread handled the request; the id must not leak into whatever it does next.
        assertThat(MDC.get(RequestIds.MDC_KEY)).isNull();
    }

    @Test
    void generatesAnIdWhenNoneIsSent() {
        MvcTestResult result = mvc.get().uri("/test/request-id").exchange();

        String id = result.getResponse().getHeader(RequestIds.HEADER);
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(result).bodyJson().extractingPath("$.mdc").isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "<script>", "a\tb", ""})
    void replacesAnUnsafeIdWithANewOne(String unsafe) {
        MvcTestResult result = mvc.get()
                .uri("/test/request-id")
                .header(RequestIds.HEADER, unsafe)
                .exchange();

        String id = result.getResponse().getHeader(RequestIds.HEADER);
        assertThat(id).isNotEqualTo(unsafe);
        assertThat(UUID.fromString(id)).isNotNull();
    }

    @Test
    void replacesAnOverlongId() {
        String tooLong = "a".repeat(129);
        MvcTestResult result = mvc.get()
                .uri("/test/request-id")
                .header(RequestIds.HEADER, tooLong)
                .exchange();

        assertThat(result.getResponse().getHeader(RequestIds.HEADER)).isNotEqualTo(tooLong);
    }

    @Test
    void errorAnswersCarryTheIdToo() {
        MvcTestResult notFound = mvc.get()
                .uri("/test/widgets/404")
                .header(RequestIds.HEADER, "r-404")
                .exchange();
        MvcTestResult tooLarge = mvc.post()
                .uri("/test/widgets")
                .header(RequestIds.HEADER, "r-413")
                .contentType(MediaType.APPLICATION_JSON)
                .content("x".repeat(70_000))
                .exchange();

        assertThat(notFound).headers().hasValue(RequestIds.HEADER, "r-404");
        assertThat(tooLarge).hasStatus(413).headers().hasValue(RequestIds.HEADER, "r-413");
    }
}
