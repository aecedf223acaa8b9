package io.shoplab.services.orders;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The orders module as a service of its own: prices from catalog-service, stock from
 * inventory-service, money from payments-service, all over HTTP through the module's ports.
 */
@SpringBootApplication(scanBasePackages = {"io.shoplab.services.orders", "io.shoplab.orders"})
public class OrdersServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrdersServiceApplication.class, args);
    }
}
