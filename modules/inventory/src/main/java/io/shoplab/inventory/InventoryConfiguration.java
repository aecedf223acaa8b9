package io.shoplab.inventory;

import io.shoplab.platform.db.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class InventoryConfiguration {

    @Bean
    ModuleSchema inventorySchema() {
        return new ModuleSchema("inventory");
    }
}
