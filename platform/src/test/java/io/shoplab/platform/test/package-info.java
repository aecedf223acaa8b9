/**
 * Test support shared through the platform's test-jar: {@link io.shoplab.platform.test.ModuleDataTest}
 * for a module's tests on a real embedded PostgreSQL.
 */
package io.shoplab.platform.test;
