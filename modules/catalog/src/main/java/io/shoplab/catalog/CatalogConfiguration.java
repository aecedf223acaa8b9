package io.shoplab.catalog;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.shoplab.platform.db.ModuleSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    ModuleSchema catalogSchema() {
        return new ModuleSchema("catalog");
    }

    /** Fires the product page's time limits; one thread, since it only completes futures. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService productPageTimer() {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "product-page-timer");
            thread.setDaemon(true);
            return thread;
        });
    }
}
