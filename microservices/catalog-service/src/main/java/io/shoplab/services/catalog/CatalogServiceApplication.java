package io.shoplab.services.catalog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The catalog module as a service of its own. Its product page asks inventory-service and
 * reviews-service over HTTP, through the same ports and the same guards as the monolith's in-process calls.
 */
@SpringBootApplication(scanBasePackages = {"io.shoplab.services.catalog", "io.shoplab.catalog"})
public class CatalogServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CatalogServiceApplication.class, args);
    }
}
