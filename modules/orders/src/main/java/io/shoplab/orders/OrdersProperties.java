package io.shoplab.orders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param placementTimeout how long placing one order may take before it is given up (and answered
 *                         503 with nothing kept); whole seconds
 */
@ConfigurationProperties("shoplab.orders")
record OrdersProperties(@DefaultValue("5s") Duration placementTimeout) {
}
