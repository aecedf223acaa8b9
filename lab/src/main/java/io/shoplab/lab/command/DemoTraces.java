package io.shoplab.lab.command;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.shoplab.lab.LabException;
import io.shoplab.lab.report.TracedRequest;
import io.shoplab.lab.stack.ComponentControl;
import io.shoplab.lab.stack.RunningComponent;
import io.shoplab.lab.stack.ShopService;
import io.shoplab.lab.stack.StackOptions;
import io.shoplab.lab.stack.Stacks;
import io.shoplab.lab.stack.ZipkinComponent;
import io.shoplab.lab.tracing.ProductPageTrace;
import io.shoplab.lab.tracing.ZipkinApi;
import io.shoplab.lab.tracing.ZipkinJar;

/**
 * The demo's two traced product pages: Zipkin started once both stacks are up (their apps export to it but sample
 * nothing by themselves), one page traced on each, and Zipkin stopped before anything is measured.
 */
final class DemoTraces {

    private static final Duration TRACE_TIMEOUT = Duration.ofSeconds(30);
    /** The apps that serve a product page, by {@code spring.application.name}. */
    private static final Set<String> MONOLITH_APPS = Set.of("monolith-api");

    private static final Set<String> MICROSERVICES_APPS = Set.of(
            Stacks.GATEWAY,
            ShopService.CATALOG.serviceName(),
            ShopService.INVENTORY.serviceName(),
            ShopService.REVIEWS.serviceName());

    private DemoTraces() {}

    /** Both traces, or none when either cannot be had: the report then leaves the pictures out, and the run goes on. */
    static List<TracedRequest> capture(LabContext lab, ComponentControl control, StackOptions options) {
        int port = options.tracing().zipkinPort();
        System.out.println("tracing one product page on each stack (Zipkin on " + ZipkinComponent.url(port)
                + ", stopped afterwards) ...");
        RunningComponent zipkin = null;
        try {
            ZipkinJar.resolve(lab.layout());
            zipkin = control.start(ZipkinComponent.create(lab.layout(), port));
            ProductPageTrace tracer = new ProductPageTrace(new ZipkinApi(ZipkinComponent.url(port)));
            List<TracedRequest> traces = List.of(
                    tracer.capture(
                            Stacks.MONOLITH, lab.stacks().monolith(options).baseUrl(), MONOLITH_APPS, TRACE_TIMEOUT),
                    tracer.capture(
                            Stacks.MICROSERVICES,
                            lab.stacks().microservices(options).baseUrl(),
                            MICROSERVICES_APPS,
                            TRACE_TIMEOUT));
            traces.forEach(trace -> System.out.printf(
                    "  %s: %d spans from %s%n",
                    trace.stack(), trace.spans().size(), String.join(", ", trace.services())));
            return traces;
        } catch (LabException e) {
            System.out.println("TRACING FAILED, the report goes without its traces: " + e.getMessage());
            return List.of();
        } finally {
            if (zipkin != null) {
                control.stop(zipkin);
            }
        }
    }
}
