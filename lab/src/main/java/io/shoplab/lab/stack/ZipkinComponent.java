package io.shoplab.lab.stack;

import java.util.List;
import java.util.Map;

import io.shoplab.lab.LabLayout;
import io.shoplab.lab.budget.Budget;
import io.shoplab.lab.process.LaunchSpec;
import io.shoplab.lab.tracing.ZipkinJar;

/** Zipkin's server (in-memory storage), run from its executable jar: where the apps send their spans when tracing is on. */
public final class ZipkinComponent {

    public static final String NAME = "zipkin";
    public static final int DEFAULT_PORT = 9411;

    private ZipkinComponent() {}

    /** Its jar must be there before it starts: {@link ZipkinJar#resolve}. */
    public static Component create(LabLayout layout, int port) {
        List<String> command = List.of(
                layout.javaExecutable(),
                "-Xms32m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-jar",
                ZipkinJar.path(layout).toString(),
                // Armeria serves the UI, the query API and the span collector on one port: bound to loopback only.
                "--armeria.ports[0].ip=127.0.0.1",
                "--armeria.ports[0].port=" + port,
                "--armeria.ports[0].protocols[0]=http");
        // A bound on what it keeps (oldest traces dropped first), so a long load at sampling 1.0 fits in the heap.
        Map<String, String> environment = Map.of("QUERY_PORT", Integer.toString(port), "MEM_MAX_SPANS", "100000");
        LaunchSpec launch = new LaunchSpec(command, environment, layout.root(), layout.logFile(NAME), List.of());
        return new Component(
                NAME, List.of(), port, launch, url(port) + "/health", null, List.of(), null, null, Budget.NONE);
    }

    /** Its UI and API. */
    public static String url(int port) {
        return "http://127.0.0.1:" + port;
    }
}
