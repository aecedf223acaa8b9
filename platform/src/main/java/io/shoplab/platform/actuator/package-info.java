/**
 * Helpers for the actuator endpoints that modules contribute (operations views of their own data), and what
 * every app's {@code /actuator/env} may show.
 */
package io.shoplab.platform.actuator;
