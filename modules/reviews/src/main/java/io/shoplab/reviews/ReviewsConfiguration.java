package io.shoplab.reviews;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.shoplab.platform.db.ModuleSchema;

@Configuration(proxyBeanMethods = false)
class ReviewsConfiguration {

    @Bean
    ModuleSchema reviewsSchema() {
        return new ModuleSchema("reviews");
    }
}
