package io.shoplab.platform.requestid;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.github.resilience4j.core.ContextPropagator;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;

/**
 * Carries the caller's Micrometer context (the current observation: its trace and span, and with them
 * the {@code traceId}/{@code spanId} of the log MDC and the {@code traceparent} of calls made from
 * there) into a Resilience4j thread-pool bulkhead's thread, which would otherwise start a trace of its
 * own. Resilience4j creates it from its class name:
 * {@code resilience4j.thread-pool-bulkhead.configs.<config>.context-propagators}.
 */
public class ObservationContextPropagator implements ContextPropagator<ContextSnapshot> {

    private static final ContextSnapshotFactory snapshots =
            ContextSnapshotFactory.builder().build();

    // Opened on the pool's thread before the work, closed after it: the thread goes back clean.
    private static final ThreadLocal<ContextSnapshot.Scope> opened = new ThreadLocal<>();

    @Override
    public Supplier<Optional<ContextSnapshot>> retrieve() {
        return () -> Optional.of(snapshots.captureAll());
    }

    @Override
    public Consumer<Optional<ContextSnapshot>> copy() {
        return snapshot -> snapshot.ifPresent(captured -> opened.set(captured.setThreadLocals()));
    }

    @Override
    public Consumer<Optional<ContextSnapshot>> clear() {
        return snapshot -> {
            ContextSnapshot.Scope scope = opened.get();
            if (scope != null) {
                opened.remove();
                scope.close();
            }
        };
    }
}
