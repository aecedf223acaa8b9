package io.shoplab.orders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.shoplab.platform.db.ModuleSchema;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrdersProperties.class)
class OrdersConfiguration {

    @Bean
    ModuleSchema ordersSchema() {
        return new ModuleSchema("orders");
    }
}
