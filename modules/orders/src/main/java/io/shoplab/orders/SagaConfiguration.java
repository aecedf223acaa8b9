package io.shoplab.orders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Schedules {@link SagaRecovery}; only where orders are placed as a saga. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shoplab.orders.placement", havingValue = "saga")
@EnableScheduling
class SagaConfiguration {}
