package io.shoplab.reviews;

import io.shoplab.platform.db.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReviewsConfiguration {

    @Bean
    ModuleSchema reviewsSchema() {
        return new ModuleSchema("reviews");
    }
}
