package io.shoplab.services.reviews;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The reviews module as a service of its own; it asks catalog-service whether a product exists. */
@SpringBootApplication(scanBasePackages = {"io.shoplab.services.reviews", "io.shoplab.reviews"})
public class ReviewsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReviewsServiceApplication.class, args);
    }
}
