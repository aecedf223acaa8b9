package io.shoplab.contract.support;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The outcome of finding or starting the shop, kept for the whole run: a failed start is remembered,
 * so every test class reports it at once instead of waiting for readiness again.
 */
record ShopStartup(ShopServer server, ShopClient shopClient, RuntimeException failure, AtomicBoolean failureReported)
        implements AutoCloseable {

    static ShopStartup attempt() {
        ContractSettings settings = ContractSettings.fromSystemProperties();
        try {
            ShopServer server =
                    settings.baseUrl().<ShopServer>map(ExternalShop::new).orElseGet(() -> StartedStack.start(settings));
            return new ShopStartup(server, new ShopClient(server.baseUrl()), null, new AtomicBoolean());
        } catch (RuntimeException failure) {
            return new ShopStartup(null, null, failure, new AtomicBoolean());
        }
    }

    ShopClient client() {
        if (failure != null) {
            // The whole story (with the log tail) once; the other test classes get its first line.
            String message = failureReported.getAndSet(true)
                    ? failure.getMessage().lines().findFirst().orElse("") + " (details in the first failed test class)"
                    : failure.getMessage();
            throw new IllegalStateException("The shop under test is not available: " + message, failure);
        }
        return shopClient;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
