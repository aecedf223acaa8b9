package io.shoplab.lab.stack;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five microservices: each a module's name plus {@code -service}, with a database of the
 * module's name, a default port, and (except payments, which only orders-service calls) a public
 * path through which the gateway reaches it.
 */
public enum ShopService {
    CATALOG("catalog", 8081, "/api/products/1"),
    REVIEWS("reviews", 8082, "/api/products/1/reviews"),
    INVENTORY("inventory", 8083, "/api/inventory/1"),
    ORDERS("orders", 8084, "/api/orders?customerId=lab-probe"),
    PAYMENTS("payments", 8085, null);

    private final String module;
    private final int defaultPort;
    private final String publicPath;

    ShopService(String module, int defaultPort, String publicPath) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.publicPath = publicPath;
    }

    public static Optional<ShopService> named(String serviceName) {
        return Arrays.stream(values())
                .filter(service -> service.serviceName().equals(serviceName))
                .findFirst();
    }

    public String module() {
        return module;
    }

    /** The component name, the Eureka application name and the module folder's name. */
    public String serviceName() {
        return module + "-service";
    }

    /** What its fault endpoint takes: its own module, and its data source. */
    public List<String> faultComponents() {
        return List.of(module, Stacks.DATABASE_FAULT);
    }

    public String folder() {
        return "microservices/" + serviceName();
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** A GET the gateway routes to this service; empty for payments, which the gateway never routes to. */
    public Optional<String> publicPath() {
        return Optional.ofNullable(publicPath);
    }
}
