package io.shoplab.services.payments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The simulated payment provider as a service of its own; only orders-service calls it. */
@SpringBootApplication(scanBasePackages = {"io.shoplab.services.payments", "io.shoplab.payments"})
public class PaymentsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PaymentsServiceApplication.class, args);
    }
}
