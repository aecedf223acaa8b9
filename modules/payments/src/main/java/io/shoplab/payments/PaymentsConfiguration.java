package io.shoplab.payments;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.shoplab.platform.db.ModuleSchema;

@Configuration(proxyBeanMethods = false)
class PaymentsConfiguration {

    @Bean
    ModuleSchema paymentsSchema() {
        return new ModuleSchema("payments");
    }
}
