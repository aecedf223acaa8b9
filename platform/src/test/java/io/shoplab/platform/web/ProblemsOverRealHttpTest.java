package io.shoplab.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import io.shoplab.platform.PlatformTestApplication;
import io.shoplab.platform.requestid.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What MockMvc cannot show, on a real Tomcat: a chunked body (no {@code Content-Length}) cut off while it
 * streams in, a database that really cannot be reached, and errors raised outside Spring MVC — all
 * answered as problems.
 */
@SpringBootTest(
        classes = PlatformTestApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            // Nothing listens on port 1: every connection attempt is refused.
            "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere",
            "spring.datasource.hikari.connection-timeout=250",
            "spring.flyway.enabled=false"
        })
@Import(ProblemsOverRealHttpTest.RequestFraming.class)
class ProblemsOverRealHttpTest {

    /** Remembers how the last request's body was framed, to prove the chunked path was taken. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RequestFraming {

        static final AtomicReference<String> lastTransferEncoding = new AtomicReference<>();

        @Bean
        OncePerRequestFilter framingRecorder() {
            return new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(
                        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    lastTransferEncoding.set(
                            request.getHeader("Transfer-Encoding") + ", length " + request.getContentLengthLong());
                    chain.doFilter(request, response);
                }
            };
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    private int port;

    @Test
    void chunkedBodyOverTheLimitIs413WhileStreaming() throws Exception {
        HttpResponse<String> response = postChunked("{\"count\": 1, \"name\": \"" + "x".repeat(100 * 1024) + "\"}");

        assertThat(RequestFraming.lastTransferEncoding.get()).isEqualTo("chunked, length -1");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("https://shoplab.dev/problems/payload-too-large");
    }

    @Test
    void chunkedBodyUnderTheLimitIsReadWhole() throws Exception {
        HttpResponse<String> response = postChunked("{\"count\": 1, \"name\": \"" + "x".repeat(60 * 1024) + "\"}");

        assertThat(RequestFraming.lastTransferEncoding.get()).isEqualTo("chunked, length -1");
        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void unreachableDatabaseIs503WithRetryAfterQuickly() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/test/database"))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(response.body())
                .contains("https://shoplab.dev/problems/unavailable")
                .doesNotContain("PSQLException");
    }

    @Test
    void errorOutsideSpringMvcIsAProblemWithoutInternalsAndKeepsTheRequestId() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/test/send-error"))
                        .header(RequestIds.HEADER, "err-1")
                        .GET()
                        .build(),
                BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue(RequestIds.HEADER)).hasValue("err-1");
        assertThat(response.body())
                .contains("https://shoplab.dev/problems/internal-error")
                .doesNotContain("trace", "exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/test/widgets/1%2F2", "/test/widgets/1%00", "/test/widgets/1%5C", "/test/widgets/%C0%AF"})
    void pathTomcatRefusesIsAProblem(String path) throws Exception {
        assertTomcatProblem(http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString()), 400);
    }

    @Test
    void headerSectionOverTomcatsLimitIsAProblem() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/test/widgets"))
                        .header("Idempotency-Key", "k".repeat(20_000))
                        .GET()
                        .build(),
                BodyHandlers.ofString());

        assertTomcatProblem(response, 400);
    }

    @Test
    void queryParameterThatIsNoUtf8Is400() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/test/widgets?size=%FF")).GET().build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("https://shoplab.dev/problems/invalid-request");
    }

    private static void assertTomcatProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body())
                .contains("\"status\":" + status, "https://shoplab.dev/problems/")
                .doesNotContain("<html", "Tomcat");
        assertThat(response.headers().firstValue(RequestIds.HEADER)).isPresent();
    }

    private HttpResponse<String> postChunked(String json) throws IOException, InterruptedException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        // A body of unknown length: HTTP/1.1 sends it chunked, without Content-Length.
        HttpRequest request = HttpRequest.newBuilder(uri("/test/widgets"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        return http.send(request, BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
