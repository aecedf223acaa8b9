package io.shoplab.platform.faults;

import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * {@code /actuator/faults} where the actuator endpoints are: on the management port when the app has one
 * of its own (a child context, so the port that serves the shop answers 404 there), else beside the others.
 */
@ManagementContextConfiguration(value = ManagementContextType.ANY, proxyBeanMethods = false)
@Profile("faults")
@Import(FaultsController.class)
class FaultsManagementConfiguration {}
