package io.shoplab.services.inventory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The inventory module as a service of its own: its public API, and reservations for the orders saga. */
@SpringBootApplication(scanBasePackages = {"io.shoplab.services.inventory", "io.shoplab.inventory"})
public class InventoryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(InventoryServiceApplication.class, args);
    }
}
