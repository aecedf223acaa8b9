package io.shoplab.orders;

import io.shoplab.platform.db.ModuleSchema;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrdersProperties.class)
class OrdersConfiguration {

    @Bean
    ModuleSchema ordersSchema() {
        return new ModuleSchema("orders");
    }
}
