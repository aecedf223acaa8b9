package io.shoplab.payments;

import io.shoplab.platform.db.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PaymentsConfiguration {

    @Bean
    ModuleSchema paymentsSchema() {
        return new ModuleSchema("payments");
    }
}
