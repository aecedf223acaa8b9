package io.shoplab;

import org.springframework.boot.SpringBootConfiguration;

/**
 * The configuration Boot's test slices look for, found by walking up from a module's test package
 * ({@code io.shoplab.inventory} → {@code io.shoplab}), so a module's tests need none of their own. It
 * adds nothing: each test imports the module's beans and the fakes of its ports it needs. A test package
 * with a {@code @SpringBootConfiguration} of its own (an app's) is found first and wins.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
public class ModuleTestConfiguration {}
