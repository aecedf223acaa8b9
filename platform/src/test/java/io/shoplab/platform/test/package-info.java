/**
 * Test support shared through the platform's test-jar: {@link io.shoplab.platform.test.ModuleDataTest}
 * for a module's tests on a real PostgreSQL: embedded, or a Testcontainers one when a container engine
 * answers ({@link io.shoplab.platform.test.TestDatabase}); {@link io.shoplab.platform.test.PlatformWebTest} for a
 * controller in a web slice with the platform's conventions, and {@link io.shoplab.platform.test.ProblemAssertions}
 * for the problem details it answers with.
 */
package io.shoplab.platform.test;
