package io.shoplab.inventory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.shoplab.platform.db.ModuleSchema;

@Configuration(proxyBeanMethods = false)
class InventoryConfiguration {

    @Bean
    ModuleSchema inventorySchema() {
        return new ModuleSchema("inventory");
    }
}
