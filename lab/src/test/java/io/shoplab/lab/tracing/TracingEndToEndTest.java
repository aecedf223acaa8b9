package io.shoplab.lab.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import io.shoplab.lab.process.Ports;
import io.shoplab.lab.report.TraceSpan;
import io.shoplab.lab.report.TracedRequest;
import io.shoplab.lab.stack.LabStack;
import io.shoplab.lab.stack.StackPorts;
import io.shoplab.lab.stack.Tracing;
import io.shoplab.lab.stack.ZipkinComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monolith started as {@code up monolith --tracing} starts it: Zipkin beside PostgreSQL, every request traced
 * and sent there. Needs the monolith's jar, and Zipkin's (Maven Central, or the local repository) the first time.
 */
class TracingEndToEndTest {

    private static final Path ROOT =
            Path.of(System.getProperty("shoplab.home", "..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path work;

    private static LabStack shop;
    private static String zipkin;

    @BeforeAll
    static void startTheMonolithWithZipkin() {
        assumeTrue(
                Files.exists(ROOT.resolve("monolith-api/target/monolith-api.jar")),
                "the monolith's jar is not built: run ./mvnw -B verify from the root");
        int zipkinPort = Ports.findFree();
        zipkin = ZipkinComponent.url(zipkinPort);
        // Two JVMs and PostgreSQL starting together: as long as the other suites give a stack on a busy machine.
        shop = LabStack.start(
                new LabStack.Settings(ROOT, "monolith", work.resolve("lab"), false, Duration.ofMinutes(6), System.out),
                StackPorts.free(),
                Tracing.everyRequest(zipkinPort));
    }

    @AfterAll
    static void stopIt() {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void aProductPageAskedToBeTracedArrivesInZipkinAsTheMonolithsServerSpan() {
        TracedRequest trace = new ProductPageTrace(new ZipkinApi(zipkin))
                .capture("monolith", shop.baseUrl().toString(), Set.of("monolith-api"), Duration.ofSeconds(30));

        assertThat(trace.traceId()).matches("\\p{XDigit}{32}");
        assertThat(trace.services()).containsExactly("monolith-api");
        TraceSpan server = trace.spans().stream()
                .filter(span -> "SERVER".equals(span.kind()))
                .findFirst()
                .orElseThrow();
        assertThat(server.name()).isEqualTo("http get /api/products/{id}");
        assertThat(server.durationMicros()).isPositive();
        assertThat(trace.spans()).allSatisfy(span -> assertThat(span.id()).matches("\\p{XDigit}{16}"));
    }

    @Test
    void atSamplingOneEveryRequestIsTracedWithoutBeingAsked() throws Exception {
        HttpResponse<String> page = HTTP.send(
                HttpRequest.newBuilder(shop.baseUrl().resolve("/api/products/2"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);

        URI traces = URI.create(zipkin + "/api/v2/traces?serviceName=monolith-api&spanName="
                + "http%20get%20%2Fapi%2Fproducts%2F%7Bid%7D" + "&limit=100");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                HTTP.send(HttpRequest.newBuilder(traces).build(), HttpResponse.BodyHandlers.ofString())
                                        .body())
                        .contains("\"http.url\":\"/api/products/2\""));
    }
}
