package io.shoplab.lab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.shoplab.lab.tracing.ZipkinApi;
import org.junit.jupiter.api.Test;

/** A product page's trace as Zipkin's API returns it (gateway → catalog → inventory ∥ reviews), drawn as a waterfall. */
class WaterfallTest {

    private final TracedRequest trace = new TracedRequest(
            "microservices",
            "GET /api/products/1",
            "4bf92f3577b34da6a3ce929d0e0e4736",
            ZipkinApi.parse(sample("/tracing/product-page-microservices.json")));

    @Test
    void zipkinsJsonBecomesSpansWithTheirAppsAndParents() {
        assertThat(trace.spans()).hasSize(8);
        assertThat(trace.services())
                .containsExactly("gateway", "catalog-service", "inventory-service", "reviews-service");
        TraceSpan local = trace.spans().stream()
                .filter(span -> span.name().equals("product-page"))
                .findFirst()
                .orElseThrow();
        assertThat(local.kind()).as("no kind: work inside the app").isNull();
        assertThat(local.parentId()).isEqualTo("b000000000000001");
        assertThat(local.startMicros()).isEqualTo(1764900000003000L);
        assertThat(local.durationMicros()).isEqualTo(300);
    }

    @Test
    void rowsFollowTheTreeChildrenInTheOrderTheyBegan() {
        List<Waterfall.Row> rows = Waterfall.rows(trace.spans());

        // The gateway's server span is the root: its parent is the caller's span, which is not in the trace.
        assertThat(rows)
                .extracting(row -> row.span().id() + "@" + row.depth())
                .containsExactly(
                        "a000000000000001@0",
                        "a000000000000002@1",
                        "b000000000000001@2",
                        "b000000000000004@3",
                        "b000000000000002@3",
                        "c000000000000001@4",
                        "b000000000000003@3",
                        "d000000000000001@4");
    }

    @Test
    void theSvgHasABarPerSpanOnOneTimeAxisAndEscapesWhatItShows() {
        String svg = Waterfall.svg(trace);

        assertThat(svg).startsWith("<svg").endsWith("</svg>\n");
        assertThat(svg.split("<rect ", -1)).hasSize(8 + 1);
        assertThat(svg)
                .contains("microservices: GET /api/products/1", "8 spans, 4 processes, 24 ms")
                .contains("catalog-service: http get &lt;reviews&gt; (client), 12 ms")
                .doesNotContain("<reviews>")
                .contains("<title>inventory-service: http get /api/inventory/{productId} (server), 5.0 ms</title>")
                .contains(">catalog-service: product-page, 0.3 ms<");
        // The root bar starts at the axis' origin and spans the whole width; the inventory call starts 7 ms in, of 24.
        assertThat(svg).contains("<rect x=\"8.0\" y=\"63\" width=\"624.0\"").contains("<rect x=\"190.0\"");
    }

    @Test
    void aTraceOfOneSpanIsOneProcessAndOneBar() {
        TracedRequest monolith = new TracedRequest(
                "monolith",
                "GET /api/products/1",
                "1",
                List.of(new TraceSpan("1", null, "monolith-api", "http get /api/products/{id}", "SERVER", 0, 2_500)));

        assertThat(Waterfall.svg(monolith))
                .contains("1 span, 1 process, 2.5 ms")
                .contains("monolith-api: http get /api/products/{id}");
    }

    private static String sample(String resource) {
        try (InputStream in = WaterfallTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
