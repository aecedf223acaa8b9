package io.shoplab.monolith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The whole shop in one process: the five modules, wired through in-process adapters of their ports,
 * on one database.
 */
@SpringBootApplication(
        scanBasePackages = {
            "io.shoplab.monolith",
            "io.shoplab.catalog",
            "io.shoplab.reviews",
            "io.shoplab.inventory",
            "io.shoplab.orders",
            "io.shoplab.payments"
        })
public class MonolithApplication {

    public static void main(String[] args) {
        SpringApplication.run(MonolithApplication.class, args);
    }
}
