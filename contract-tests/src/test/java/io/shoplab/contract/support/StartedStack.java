package io.shoplab.contract.support;

import java.net.URI;
import java.time.Duration;

import io.shoplab.lab.stack.LabStack;

/**
 * A stack the suite starts itself through the lab ({@link LabStack}): PostgreSQL and the apps on free
 * loopback ports, a fresh database, and on close exactly those processes stopped.
 */
final class StartedStack implements ShopServer {

    /** Two busy cores start the microservices in one to two minutes; leave room for a loaded machine. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private final LabStack stack;

    private StartedStack(LabStack stack) {
        this.stack = stack;
    }

    static StartedStack start(ContractSettings settings) {
        LabStack.Settings lab = new LabStack.Settings(
                settings.repoRoot(), settings.stack(), settings.workDirectory(), false, START_TIMEOUT, System.out);
        LabStack stack = LabStack.start(lab);
        System.out.printf(
                "contract suite: %s stack up in %d s at %s (logs in %s)%n",
                settings.stack(),
                stack.startUpTime().toSeconds(),
                stack.baseUrl(),
                settings.workDirectory().resolve("logs"));
        return new StartedStack(stack);
    }

    @Override
    public URI baseUrl() {
        return stack.baseUrl();
    }

    @Override
    public void close() {
        stack.close();
    }
}
