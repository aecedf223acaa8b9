/**
 * Test support shared through the platform's test-jar: {@link io.shoplab.platform.test.ModuleDataTest}
 * for a module's tests on a real PostgreSQL: embedded, or a Testcontainers one when a container engine
 * answers ({@link io.shoplab.platform.test.TestDatabase}).
 */
package io.shoplab.platform.test;
